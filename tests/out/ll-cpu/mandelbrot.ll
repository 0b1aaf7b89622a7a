; escape(complex128, int64)
; ModuleID = 'golden.mandelbrot'
source_filename = "golden.mandelbrot"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, i64 } @escape.0(ptr %0, { double, double } %1, i64 %2) #0 {
entry:
  %iv = alloca i64, align 8
  %c = alloca { double, double }, align 8
  %max_iter = alloca i64, align 8
  %z = alloca { double, double }, align 8
  %k = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { double, double } %1, ptr %c, align 8
  store i64 %2, ptr %max_iter, align 8
  store { double, double } zeroinitializer, ptr %z, align 8
  %3 = load i64, ptr %max_iter, align 8
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %4 = icmp slt i64 %iv1, %3
  br i1 %4, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %k, align 8
  %5 = load { double, double }, ptr %z, align 8
  %6 = load { double, double }, ptr %z, align 8
  %re = extractvalue { double, double } %5, 0
  %im = extractvalue { double, double } %5, 1
  %re2 = extractvalue { double, double } %6, 0
  %im3 = extractvalue { double, double } %6, 1
  %7 = fmul double %re, %re2
  %8 = fmul double %im, %im3
  %9 = fsub double %7, %8
  %10 = fmul double %re, %im3
  %11 = fmul double %im, %re2
  %12 = fadd double %10, %11
  %13 = insertvalue { double, double } undef, double %9, 0
  %complex = insertvalue { double, double } %13, double %12, 1
  %14 = load { double, double }, ptr %c, align 8
  %re4 = extractvalue { double, double } %complex, 0
  %im5 = extractvalue { double, double } %complex, 1
  %re6 = extractvalue { double, double } %14, 0
  %im7 = extractvalue { double, double } %14, 1
  %15 = fadd double %re4, %re6
  %16 = fadd double %im5, %im7
  %17 = insertvalue { double, double } undef, double %15, 0
  %complex8 = insertvalue { double, double } %17, double %16, 1
  store { double, double } %complex8, ptr %z, align 8
  %18 = load { double, double }, ptr %z, align 8
  %part = extractvalue { double, double } %18, 0
  %19 = load { double, double }, ptr %z, align 8
  %part9 = extractvalue { double, double } %19, 0
  %fmul = fmul double %part, %part9
  %20 = load { double, double }, ptr %z, align 8
  %part10 = extractvalue { double, double } %20, 1
  %21 = load { double, double }, ptr %z, align 8
  %part11 = extractvalue { double, double } %21, 1
  %fmul12 = fmul double %part10, %part11
  %fadd = fadd double %fmul, %fmul12
  %fcmp = fcmp ogt double %fadd, 4.000000e+00
  br i1 %fcmp, label %then, label %else

for.next:                                         ; preds = %endif
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %22 = load i64, ptr %max_iter, align 8
  %result13 = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %22, 1
  ret { i32, i64 } %result13

then:                                             ; preds = %for.body
  %23 = load i64, ptr %k, align 8
  %result = insertvalue { i32, i64 } { i32 0, i64 undef }, i64 %23, 1
  ret { i32, i64 } %result

else:                                             ; preds = %for.body
  br label %endif

endif:                                            ; preds = %else, %dead
  br label %for.next

dead:                                             ; No predecessors!
  br label %endif

dead14:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.mandelbrot.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load { double, double }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %call = call { i32, i64 } @escape.0(ptr %2, { double, double } %elem, i64 %elem4)
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

