set width 0
set height 0
set pagination off
break locals.rs:41
run
p outer
p *outer
p outer.inner
p outer.scores
p outer.name
p shapes.length
p pair
break locals.rs:53
continue
p maybe
p *maybe.0
p none
p some
p ok
p err
p color
p total
next
p total
next
finish
break locals.rs:37
continue
p value
p weight
bt 1
up
p name
p outer
p numbers
p slice
p offset
p add
p result
p total
p shapes.len
