set width 0
set height 0
set pagination off
break control_flow.rs:11
run
info locals
info args
p *v
delete
break control_flow.rs:17
continue
info locals
p a
next
p sum
delete
break control_flow.rs:22
continue
info locals
delete
break control_flow.rs:34
continue
p opt
p *opt.0
next
p tup
p text
p out.len
