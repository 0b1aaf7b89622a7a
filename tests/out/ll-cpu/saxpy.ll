; saxpy(float64, float64[::1], float64[::1], float64[::1])
; ModuleID = 'golden.saxpy'
source_filename = "golden.saxpy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @saxpy.0(ptr %0, ptr %1, double %2, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5) #0 {
entry:
  %k = alloca i64, align 8
  %a = alloca double, align 8
  %x = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store double %2, ptr %a, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %5, ptr %out, align 8
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %7 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %7, 0
  %span = sub i64 %item, 0
  %8 = icmp slt i64 %span, 0
  %9 = select i1 %8, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k1 = load i64, ptr %k, align 8
  %10 = icmp slt i64 %k1, %9
  br i1 %10, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i2 = add i64 0, %k1
  store i64 %i2, ptr %i, align 8
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %12 = load i64, ptr %i, align 8
  %13 = load double, ptr %a, align 8
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %15 = load i64, ptr %i, align 8
  %shape3 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim4 = extractvalue [1 x i64] %shape3, 0
  %16 = icmp slt i64 %15, 0
  %17 = add i64 %15, %dim4
  %idx.wrap = select i1 %16, i64 %17, i64 %15
  %18 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %18
  %elem = load double, ptr %elem.ptr, align 8
  %fmul = fmul double %13, %elem
  %19 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %20 = load i64, ptr %i, align 8
  %shape5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 2
  %dim6 = extractvalue [1 x i64] %shape5, 0
  %21 = icmp slt i64 %20, 0
  %22 = add i64 %20, %dim6
  %idx.wrap7 = select i1 %21, i64 %22, i64 %20
  %23 = mul nsw i64 %idx.wrap7, 8
  %data8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 1
  %elem.ptr9 = getelementptr inbounds i8, ptr %data8, i64 %23
  %elem10 = load double, ptr %elem.ptr9, align 8
  %fadd = fadd double %fmul, %elem10
  %shape11 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim12 = extractvalue [1 x i64] %shape11, 0
  %24 = icmp slt i64 %12, 0
  %25 = add i64 %12, %dim12
  %idx.wrap13 = select i1 %24, i64 %25, i64 %12
  %26 = mul nsw i64 %idx.wrap13, 8
  %data14 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr15 = getelementptr inbounds i8, ptr %data14, i64 %26
  store double %fadd, ptr %elem.ptr15, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %k.next = add nsw i64 %k1, 1
  store i64 %k.next, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.saxpy.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca {}, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load double, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr3, align 8
  %arg.slot4 = getelementptr inbounds ptr, ptr %0, i64 2
  %arg.ptr5 = load ptr, ptr %arg.slot4, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr5, align 8
  %arg.slot6 = getelementptr inbounds ptr, ptr %0, i64 3
  %arg.ptr7 = load ptr, ptr %arg.slot6, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr7, align 8
  %status = call i32 @saxpy.0(ptr %ret, ptr %2, double %elem, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; saxpy(float32, float32[::1], float32[::1], float32[::1])
; ModuleID = 'golden.saxpy'
source_filename = "golden.saxpy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @saxpy.0(ptr %0, ptr %1, float %2, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5) #0 {
entry:
  %k = alloca i64, align 8
  %a = alloca float, align 4
  %x = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %y = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %out = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store float %2, ptr %a, align 4
  store { ptr, ptr, [1 x i64], [1 x i64] } %3, ptr %x, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %4, ptr %y, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %5, ptr %out, align 8
  %6 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %6, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %7 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %7, 0
  %span = sub i64 %item, 0
  %8 = icmp slt i64 %span, 0
  %9 = select i1 %8, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k1 = load i64, ptr %k, align 8
  %10 = icmp slt i64 %k1, %9
  br i1 %10, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i2 = add i64 0, %k1
  store i64 %i2, ptr %i, align 8
  %11 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %out, align 8
  %12 = load i64, ptr %i, align 8
  %13 = load float, ptr %a, align 4
  %14 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %x, align 8
  %15 = load i64, ptr %i, align 8
  %shape3 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 2
  %dim4 = extractvalue [1 x i64] %shape3, 0
  %16 = icmp slt i64 %15, 0
  %17 = add i64 %15, %dim4
  %idx.wrap = select i1 %16, i64 %17, i64 %15
  %18 = mul nsw i64 %idx.wrap, 4
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %14, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %18
  %elem = load float, ptr %elem.ptr, align 4
  %fmul = fmul float %13, %elem
  %19 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %20 = load i64, ptr %i, align 8
  %shape5 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 2
  %dim6 = extractvalue [1 x i64] %shape5, 0
  %21 = icmp slt i64 %20, 0
  %22 = add i64 %20, %dim6
  %idx.wrap7 = select i1 %21, i64 %22, i64 %20
  %23 = mul nsw i64 %idx.wrap7, 4
  %data8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 1
  %elem.ptr9 = getelementptr inbounds i8, ptr %data8, i64 %23
  %elem10 = load float, ptr %elem.ptr9, align 4
  %fadd = fadd float %fmul, %elem10
  %shape11 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 2
  %dim12 = extractvalue [1 x i64] %shape11, 0
  %24 = icmp slt i64 %12, 0
  %25 = add i64 %12, %dim12
  %idx.wrap13 = select i1 %24, i64 %25, i64 %12
  %26 = mul nsw i64 %idx.wrap13, 4
  %data14 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %11, 1
  %elem.ptr15 = getelementptr inbounds i8, ptr %data14, i64 %26
  store float %fadd, ptr %elem.ptr15, align 4
  br label %for.next

for.next:                                         ; preds = %for.body
  %k.next = add nsw i64 %k1, 1
  store i64 %k.next, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret i32 0

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.saxpy.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca {}, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load float, ptr %arg.ptr, align 4
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr3, align 8
  %arg.slot4 = getelementptr inbounds ptr, ptr %0, i64 2
  %arg.ptr5 = load ptr, ptr %arg.slot4, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr5, align 8
  %arg.slot6 = getelementptr inbounds ptr, ptr %0, i64 3
  %arg.ptr7 = load ptr, ptr %arg.slot6, align 8
  %5 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr7, align 8
  %status = call i32 @saxpy.0(ptr %ret, ptr %2, float %elem, { ptr, ptr, [1 x i64], [1 x i64] } %3, { ptr, ptr, [1 x i64], [1 x i64] } %4, { ptr, ptr, [1 x i64], [1 x i64] } %5)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

