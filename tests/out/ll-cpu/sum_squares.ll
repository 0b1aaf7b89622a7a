; sum_squares(float64[::1])
; ModuleID = 'golden.sum_squares'
source_filename = "golden.sum_squares"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @sum_squares.0(ptr %0, ptr %1, { ptr, ptr, [1 x i64], [1 x i64] } %2) #0 {
entry:
  %k = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %a, align 8
  store double 0.000000e+00, ptr %s, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %3, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %4 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %4, 0
  %span = sub i64 %item, 0
  %5 = icmp slt i64 %span, 0
  %6 = select i1 %5, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k1 = load i64, ptr %k, align 8
  %7 = icmp slt i64 %k1, %6
  br i1 %7, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i2 = add i64 0, %k1
  store i64 %i2, ptr %i, align 8
  %8 = load double, ptr %s, align 8
  %9 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %10 = load i64, ptr %i, align 8
  %shape3 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %9, 2
  %dim4 = extractvalue [1 x i64] %shape3, 0
  %11 = icmp slt i64 %10, 0
  %12 = add i64 %10, %dim4
  %idx.wrap = select i1 %11, i64 %12, i64 %10
  %13 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %9, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %13
  %elem = load double, ptr %elem.ptr, align 8
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %15 = load i64, ptr %i, align 8
  %shape5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim6 = extractvalue [1 x i64] %shape5, 0
  %16 = icmp slt i64 %15, 0
  %17 = add i64 %15, %dim6
  %idx.wrap7 = select i1 %16, i64 %17, i64 %15
  %18 = mul nsw i64 %idx.wrap7, 8
  %data8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr9 = getelementptr inbounds i8, ptr %data8, i64 %18
  %elem10 = load double, ptr %elem.ptr9, align 8
  %fmul = fmul fast double %elem, %elem10
  %fadd = fadd fast double %8, %fmul
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %k.next = add nsw i64 %k1, 1
  store i64 %k.next, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %19 = load double, ptr %s, align 8
  store double %19, ptr %0, align 8
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca double, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %status = call i32 @sum_squares.0(ptr %ret, ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load double, ptr %ret, align 8
  store double %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; sum_squares(float32[:])
; ModuleID = 'golden.sum_squares'
source_filename = "golden.sum_squares"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @sum_squares.0(ptr %0, ptr %1, { ptr, ptr, [1 x i64], [1 x i64] } %2) #0 {
entry:
  %k = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [1 x i64], [1 x i64] } %2, ptr %a, align 8
  store double 0.000000e+00, ptr %s, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %3, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %4 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %4, 0
  %span = sub i64 %item, 0
  %5 = icmp slt i64 %span, 0
  %6 = select i1 %5, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k1 = load i64, ptr %k, align 8
  %7 = icmp slt i64 %k1, %6
  br i1 %7, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i2 = add i64 0, %k1
  store i64 %i2, ptr %i, align 8
  %8 = load double, ptr %s, align 8
  %9 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %10 = load i64, ptr %i, align 8
  %shape3 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %9, 2
  %dim4 = extractvalue [1 x i64] %shape3, 0
  %11 = icmp slt i64 %10, 0
  %12 = add i64 %10, %dim4
  %idx.wrap = select i1 %11, i64 %12, i64 %10
  %strides = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %9, 3
  %stride = extractvalue [1 x i64] %strides, 0
  %13 = mul nsw i64 %idx.wrap, %stride
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %9, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %13
  %elem = load float, ptr %elem.ptr, align 4
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %15 = load i64, ptr %i, align 8
  %shape5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim6 = extractvalue [1 x i64] %shape5, 0
  %16 = icmp slt i64 %15, 0
  %17 = add i64 %15, %dim6
  %idx.wrap7 = select i1 %16, i64 %17, i64 %15
  %strides8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 3
  %stride9 = extractvalue [1 x i64] %strides8, 0
  %18 = mul nsw i64 %idx.wrap7, %stride9
  %data10 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr11 = getelementptr inbounds i8, ptr %data10, i64 %18
  %elem12 = load float, ptr %elem.ptr11, align 4
  %fmul = fmul fast float %elem, %elem12
  %fcast = fpext float %fmul to double
  %fadd = fadd fast double %8, %fcast
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %k.next = add nsw i64 %k1, 1
  store i64 %k.next, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %19 = load double, ptr %s, align 8
  store double %19, ptr %0, align 8
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca double, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %status = call i32 @sum_squares.0(ptr %ret, ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = load double, ptr %ret, align 8
  store double %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

