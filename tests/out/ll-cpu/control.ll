; collatz(int64)
; ModuleID = 'golden.control'
source_filename = "golden.control"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [34 x i8] c"integer division or modulo by zero"

; Function Attrs: nounwind
define internal { i32, i64 } @collatz.0(ptr %0, i64 %1) #0 {
entry:
  %n = alloca i64, align 8
  %steps = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %1, ptr %n, align 8
  store i64 0, ptr %steps, align 8
  br label %while.cond

while.cond:                                       ; preds = %endif24, %div.end18, %body
  %2 = load i64, ptr %n, align 8
  %icmp = icmp ne i64 %2, 1
  br i1 %icmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load i64, ptr %n, align 8
  %unlikely = call i1 @llvm.expect.i1(i1 false, i1 false)
  br i1 %unlikely, label %raise, label %ok

while.end:                                        ; preds = %then22, %while.cond
  %4 = load i64, ptr %steps, align 8
  %result = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %4, 1
  ret { i32, i64 } %result

raise:                                            ; preds = %while.body
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 34, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, i64 } { i32 1, i64 undef }

ok:                                               ; preds = %while.body
  %5 = icmp eq i64 %3, -9223372036854775808
  %6 = and i1 false, %5
  %unlikely5 = call i1 @llvm.expect.i1(i1 %6, i1 false)
  br i1 %unlikely5, label %div.end, label %div.exact

dead:                                             ; No predecessors!
  unreachable

div.exact:                                        ; preds = %ok
  %7 = sdiv i64 %3, 2
  %8 = srem i64 %3, 2
  %9 = icmp ne i64 %8, 0
  %10 = xor i64 %8, 2
  %11 = icmp slt i64 %10, 0
  %12 = and i1 %9, %11
  %13 = add i64 %8, 2
  %14 = select i1 %12, i64 %13, i64 %8
  br label %div.end

div.end:                                          ; preds = %div.exact, %ok
  %mod = phi i64 [ 0, %ok ], [ %14, %div.exact ]
  %icmp6 = icmp eq i64 %mod, 0
  br i1 %icmp6, label %then, label %else

then:                                             ; preds = %div.end
  %15 = load i64, ptr %n, align 8
  %unlikely9 = call i1 @llvm.expect.i1(i1 false, i1 false)
  br i1 %unlikely9, label %raise7, label %ok8

else:                                             ; preds = %div.end
  br label %endif

endif:                                            ; preds = %else, %dead19
  %16 = load i64, ptr %n, align 8
  %mul = mul i64 3, %16
  %add = add i64 %mul, 1
  store i64 %add, ptr %n, align 8
  %17 = load i64, ptr %steps, align 8
  %add20 = add i64 %17, 1
  store i64 %add20, ptr %steps, align 8
  %18 = load i64, ptr %steps, align 8
  %icmp21 = icmp sgt i64 %18, 1000
  br i1 %icmp21, label %then22, label %else23

raise7:                                           ; preds = %then
  %exc.field10 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 1, ptr %exc.field10, align 4
  %exc.field11 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field11, align 4
  %exc.field12 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field12, align 8
  %exc.field13 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 34, ptr %exc.field13, align 8
  %exc.field14 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, i64 } { i32 1, i64 undef }

ok8:                                              ; preds = %then
  %19 = icmp eq i64 %15, -9223372036854775808
  %20 = and i1 false, %19
  %unlikely16 = call i1 @llvm.expect.i1(i1 %20, i1 false)
  br i1 %unlikely16, label %div.end18, label %div.exact17

dead15:                                           ; No predecessors!
  unreachable

div.exact17:                                      ; preds = %ok8
  %21 = sdiv i64 %15, 2
  %22 = srem i64 %15, 2
  %23 = icmp ne i64 %22, 0
  %24 = xor i64 %22, 2
  %25 = icmp slt i64 %24, 0
  %26 = and i1 %23, %25
  %27 = sub i64 %21, 1
  %28 = select i1 %26, i64 %27, i64 %21
  br label %div.end18

div.end18:                                        ; preds = %div.exact17, %ok8
  %floordiv = phi i64 [ -9223372036854775808, %ok8 ], [ %28, %div.exact17 ]
  store i64 %floordiv, ptr %n, align 8
  br label %while.cond

dead19:                                           ; No predecessors!
  br label %endif

then22:                                           ; preds = %endif
  br label %while.end

else23:                                           ; preds = %endif
  br label %endif24

endif24:                                          ; preds = %else23, %dead25
  br label %while.cond

dead25:                                           ; No predecessors!
  br label %endif24

dead26:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #1

; Function Attrs: nounwind
define i32 @golden.control.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %call = call { i32, i64 } @collatz.0(ptr %2, i64 %elem)
  %status = extractvalue { i32, i64 } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, i64 } %call, 1
  store i64 %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(none) }

