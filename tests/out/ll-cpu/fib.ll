; fib(int64)
; ModuleID = 'golden.fib'
source_filename = "golden.fib"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [49 x i8] c"maximum recursion depth exceeded in compiled code"

; Function Attrs: nounwind
define internal { i32, i64 } @fib.0(ptr %0, i64 %1) #0 {
entry:
  %n = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %1, ptr %n, align 8
  %2 = load i64, ptr %n, align 8
  %icmp = icmp slt i64 %2, 2
  br i1 %icmp, label %then, label %else

then:                                             ; preds = %body
  %3 = load i64, ptr %n, align 8
  %result = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %3, 1
  ret { i32, i64 } %result

else:                                             ; preds = %body
  br label %endif

endif:                                            ; preds = %else, %dead
  %4 = load i64, ptr %n, align 8
  %sub = sub i64 %4, 1
  %stack.limit = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 5
  %limit = load i64, ptr %stack.limit, align 8
  %sp = call i64 @llvm.read_register.i64(metadata !0)
  %deep = icmp ult i64 %sp, %limit
  %unlikely = call i1 @llvm.expect.i1(i1 %deep, i1 false)
  br i1 %unlikely, label %raise, label %ok

dead:                                             ; No predecessors!
  br label %endif

raise:                                            ; preds = %endif
  %exc.field = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 12, ptr %exc.field, align 4
  %exc.field1 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field1, align 4
  %exc.field2 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field2, align 8
  %exc.field3 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 49, ptr %exc.field3, align 8
  %exc.field4 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, i64 } { i32 1, i64 undef }

ok:                                               ; preds = %endif
  %call = call { i32, i64 } @fib.0(ptr %0, i64 %sub)
  %status = extractvalue { i32, i64 } %call, 0
  %failed = icmp ne i32 %status, 0
  %unlikely6 = call i1 @llvm.expect.i1(i1 %failed, i1 false)
  br i1 %unlikely6, label %propagate, label %call.ok

dead5:                                            ; No predecessors!
  unreachable

propagate:                                        ; preds = %ok
  %5 = insertvalue { i32, i64 } undef, i32 %status, 0
  ret { i32, i64 } %5

call.ok:                                          ; preds = %ok
  %result7 = extractvalue { i32, i64 } %call, 1
  %6 = load i64, ptr %n, align 8
  %sub8 = sub i64 %6, 2
  %stack.limit9 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 5
  %limit10 = load i64, ptr %stack.limit9, align 8
  %sp11 = call i64 @llvm.read_register.i64(metadata !0)
  %deep12 = icmp ult i64 %sp11, %limit10
  %unlikely15 = call i1 @llvm.expect.i1(i1 %deep12, i1 false)
  br i1 %unlikely15, label %raise13, label %ok14

raise13:                                          ; preds = %call.ok
  %exc.field16 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 0
  store i32 12, ptr %exc.field16, align 4
  %exc.field17 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 1
  store i32 0, ptr %exc.field17, align 4
  %exc.field18 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 2
  store ptr @penna.msg.0, ptr %exc.field18, align 8
  %exc.field19 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 3
  store i64 49, ptr %exc.field19, align 8
  %exc.field20 = getelementptr inbounds { i32, i32, ptr, i64, [3 x i64], i64 }, ptr %0, i32 0, i32 4
  ret { i32, i64 } { i32 1, i64 undef }

ok14:                                             ; preds = %call.ok
  %call22 = call { i32, i64 } @fib.0(ptr %0, i64 %sub8)
  %status23 = extractvalue { i32, i64 } %call22, 0
  %failed24 = icmp ne i32 %status23, 0
  %unlikely27 = call i1 @llvm.expect.i1(i1 %failed24, i1 false)
  br i1 %unlikely27, label %propagate25, label %call.ok26

dead21:                                           ; No predecessors!
  unreachable

propagate25:                                      ; preds = %ok14
  %7 = insertvalue { i32, i64 } undef, i32 %status23, 0
  ret { i32, i64 } %7

call.ok26:                                        ; preds = %ok14
  %result28 = extractvalue { i32, i64 } %call22, 1
  %add = add i64 %result7, %result28
  %result29 = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %add, 1
  ret { i32, i64 } %result29

dead30:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(read)
declare i64 @llvm.read_register.i64(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(none)
declare i1 @llvm.expect.i1(i1, i1) #2

; Function Attrs: nounwind
define i32 @golden.fib.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %call = call { i32, i64 } @fib.0(ptr %2, i64 %elem)
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
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(read) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(none) }

!0 = !{!"rsp"}

