; fib(int64)
; ModuleID = 'golden.fib'
source_filename = "golden.fib"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @fib.0(ptr %0, ptr %1, i64 %2) #0 {
entry:
  %ret2 = alloca i64, align 8
  %ret = alloca i64, align 8
  %n = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %2, ptr %n, align 8
  %3 = load i64, ptr %n, align 8
  %icmp = icmp slt i64 %3, 2
  br i1 %icmp, label %then, label %else

then:                                             ; preds = %body
  %4 = load i64, ptr %n, align 8
  store i64 %4, ptr %0, align 8
  ret i32 0

else:                                             ; preds = %body
  br label %endif

endif:                                            ; preds = %else, %dead
  %5 = load i64, ptr %n, align 8
  %sub = sub i64 %5, 1
  %status = call i32 @fib.0(ptr %ret, ptr %1, i64 %sub)
  %failed = icmp ne i32 %status, 0
  br i1 %failed, label %propagate, label %call.ok

dead:                                             ; No predecessors!
  br label %endif

propagate:                                        ; preds = %endif
  ret i32 %status

call.ok:                                          ; preds = %endif
  %result = load i64, ptr %ret, align 8
  %6 = load i64, ptr %n, align 8
  %sub1 = sub i64 %6, 2
  %status3 = call i32 @fib.0(ptr %ret2, ptr %1, i64 %sub1)
  %failed4 = icmp ne i32 %status3, 0
  br i1 %failed4, label %propagate5, label %call.ok6

propagate5:                                       ; preds = %call.ok
  ret i32 %status3

call.ok6:                                         ; preds = %call.ok
  %result7 = load i64, ptr %ret2, align 8
  %add = add i64 %result, %result7
  store i64 %add, ptr %0, align 8
  ret i32 0

dead8:                                            ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.fib.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca i64, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %status = call i32 @fib.0(ptr %ret, ptr %2, i64 %elem)
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

