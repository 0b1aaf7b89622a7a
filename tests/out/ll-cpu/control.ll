; collatz(int64)
; ModuleID = 'golden.control'
source_filename = "golden.control"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [34 x i8] c"integer division or modulo by zero"

; Function Attrs: nounwind
define internal i32 @collatz.0(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %n = alloca i64, align 8
  %steps = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %2, ptr %n, align 8
  store i64 0, ptr %steps, align 8
  br label %while.cond

while.cond:                                       ; preds = %endif19, %ok7, %body
  %3 = load i64, ptr %n, align 8
  %icmp = icmp ne i64 %3, 1
  br i1 %icmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %4 = load i64, ptr %n, align 8
  br i1 false, label %raise, label %ok

while.end:                                        ; preds = %then17, %while.cond
  %5 = load i64, ptr %steps, align 8
  store i64 %5, ptr %0, align 8
  ret i32 0

raise:                                            ; preds = %while.body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 34, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok:                                               ; preds = %while.body
  %6 = sdiv i64 %4, 2
  %7 = srem i64 %4, 2
  %8 = sub i64 0, %4
  %9 = select i1 false, i64 %8, i64 %6
  %10 = icmp ne i64 %7, 0
  %11 = xor i64 %7, 2
  %12 = icmp slt i64 %11, 0
  %13 = and i1 %10, %12
  %14 = add i64 %7, 2
  %mod = select i1 %13, i64 %14, i64 %7
  %icmp5 = icmp eq i64 %mod, 0
  br i1 %icmp5, label %then, label %else

dead:                                             ; No predecessors!
  unreachable

then:                                             ; preds = %ok
  %15 = load i64, ptr %n, align 8
  br i1 false, label %raise6, label %ok7

else:                                             ; preds = %ok
  br label %endif

endif:                                            ; preds = %else, %dead14
  %16 = load i64, ptr %n, align 8
  %mul = mul i64 3, %16
  %add = add i64 %mul, 1
  store i64 %add, ptr %n, align 8
  %17 = load i64, ptr %steps, align 8
  %add15 = add i64 %17, 1
  store i64 %add15, ptr %steps, align 8
  %18 = load i64, ptr %steps, align 8
  %icmp16 = icmp sgt i64 %18, 1000
  br i1 %icmp16, label %then17, label %else18

raise6:                                           ; preds = %then
  %exc.field8 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 0
  store i32 1, ptr %exc.field8, align 4
  %exc.field9 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 1
  store i32 0, ptr %exc.field9, align 4
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field10, align 8
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 3
  store i64 34, ptr %exc.field11, align 8
  %exc.field12 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64] }, ptr %1, i32 0, i32 4
  ret i32 1

ok7:                                              ; preds = %then
  %19 = sdiv i64 %15, 2
  %20 = srem i64 %15, 2
  %21 = sub i64 0, %15
  %22 = select i1 false, i64 %21, i64 %19
  %23 = icmp ne i64 %20, 0
  %24 = xor i64 %20, 2
  %25 = icmp slt i64 %24, 0
  %26 = and i1 %23, %25
  %27 = sub i64 %22, 1
  %floordiv = select i1 %26, i64 %27, i64 %22
  store i64 %floordiv, ptr %n, align 8
  br label %while.cond

dead13:                                           ; No predecessors!
  unreachable

dead14:                                           ; No predecessors!
  br label %endif

then17:                                           ; preds = %endif
  br label %while.end

else18:                                           ; preds = %endif
  br label %endif19

endif19:                                          ; preds = %else18, %dead20
  br label %while.cond

dead20:                                           ; No predecessors!
  br label %endif19

dead21:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.control.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca i64, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %status = call i32 @collatz.0(ptr %ret, ptr %2, i64 %elem)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load i64, ptr %ret, align 8
  store i64 %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

