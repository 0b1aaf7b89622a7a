; escape(complex128, int64)
; ModuleID = 'golden.mandelbrot'
source_filename = "golden.mandelbrot"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @escape.0(ptr %0, ptr %1, { double, double } %2, i64 %3) #0 {
entry:
  %iv = alloca i64, align 8
  %c = alloca { double, double }, align 8
  %max_iter = alloca i64, align 8
  %z = alloca { double, double }, align 8
  %k = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { double, double } %2, ptr %c, align 8
  store i64 %3, ptr %max_iter, align 8
  store { double, double } zeroinitializer, ptr %z, align 8
  %4 = load i64, ptr %max_iter, align 8
  store i64 0, ptr %iv, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %iv1 = load i64, ptr %iv, align 8
  %5 = icmp slt i64 %iv1, %4
  br i1 %5, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv1, ptr %k, align 8
  %6 = load { double, double }, ptr %z, align 8
  %7 = load { double, double }, ptr %z, align 8
  %re = extractvalue { double, double } %6, 0
  %im = extractvalue { double, double } %6, 1
  %re2 = extractvalue { double, double } %7, 0
  %im3 = extractvalue { double, double } %7, 1
  %8 = fmul double %re, %re2
  %9 = fmul double %im, %im3
  %10 = fsub double %8, %9
  %11 = fmul double %re, %im3
  %12 = fmul double %im, %re2
  %13 = fadd double %11, %12
  %14 = insertvalue { double, double } undef, double %10, 0
  %complex = insertvalue { double, double } %14, double %13, 1
  %15 = load { double, double }, ptr %c, align 8
  %re4 = extractvalue { double, double } %complex, 0
  %im5 = extractvalue { double, double } %complex, 1
  %re6 = extractvalue { double, double } %15, 0
  %im7 = extractvalue { double, double } %15, 1
  %16 = fadd double %re4, %re6
  %17 = fadd double %im5, %im7
  %18 = insertvalue { double, double } undef, double %16, 0
  %complex8 = insertvalue { double, double } %18, double %17, 1
  store { double, double } %complex8, ptr %z, align 8
  %19 = load { double, double }, ptr %z, align 8
  %part = extractvalue { double, double } %19, 0
  %20 = load { double, double }, ptr %z, align 8
  %part9 = extractvalue { double, double } %20, 0
  %fmul = fmul double %part, %part9
  %21 = load { double, double }, ptr %z, align 8
  %part10 = extractvalue { double, double } %21, 1
  %22 = load { double, double }, ptr %z, align 8
  %part11 = extractvalue { double, double } %22, 1
  %fmul12 = fmul double %part10, %part11
  %fadd = fadd double %fmul, %fmul12
  %fcmp = fcmp ogt double %fadd, 4.000000e+00
  br i1 %fcmp, label %then, label %else

for.next:                                         ; preds = %endif
  %iv.next = add nsw i64 %iv1, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %23 = load i64, ptr %max_iter, align 8
  store i64 %23, ptr %0, align 8
  ret i32 0

then:                                             ; preds = %for.body
  %24 = load i64, ptr %k, align 8
  store i64 %24, ptr %0, align 8
  ret i32 0

else:                                             ; preds = %for.body
  br label %endif

endif:                                            ; preds = %else, %dead
  br label %for.next

dead:                                             ; No predecessors!
  br label %endif

dead13:                                           ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.mandelbrot.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca i64, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load { double, double }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load i64, ptr %arg.ptr3, align 8
  %status = call i32 @escape.0(ptr %ret, ptr %2, { double, double } %elem, i64 %elem4)
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

