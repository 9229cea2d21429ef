set width 0
set height 0
set pagination off
break step_lines.rs:20
run
step
bt
next
step
bt
finish
next
break bump
continue
bt
continue
info breakpoints
continue
