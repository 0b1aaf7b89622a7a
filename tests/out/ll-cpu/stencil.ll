; jacobi(float64[:, ::1], float64[:, ::1])
; ModuleID = 'golden.stencil'
source_filename = "golden.stencil"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @jacobi.0(ptr %0, ptr %1, { ptr, ptr, [2 x i64], [2 x i64] } %2, { ptr, ptr, [2 x i64], [2 x i64] } %3) #0 {
entry:
  %k8 = alloca i64, align 8
  %k = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %3, ptr %out, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %4, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %5 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %shape1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %4, 2
  %dim2 = extractvalue [2 x i64] %shape1, 1
  %6 = insertvalue { i64, i64 } %5, i64 %dim2, 1
  store { i64, i64 } %6, ptr %tmp.0, align 8
  %7 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %7, 0
  store i64 %item, ptr %n, align 8
  %8 = load { i64, i64 }, ptr %tmp.0, align 8
  %item3 = extractvalue { i64, i64 } %8, 1
  store i64 %item3, ptr %m, align 8
  %9 = load i64, ptr %n, align 8
  %sub = sub i64 %9, 1
  %span = sub i64 %sub, 1
  %10 = icmp slt i64 %span, 0
  %11 = select i1 %10, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k4 = load i64, ptr %k, align 8
  %12 = icmp slt i64 %k4, %11
  br i1 %12, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i5 = add i64 1, %k4
  store i64 %i5, ptr %i, align 8
  %13 = load i64, ptr %m, align 8
  %sub6 = sub i64 %13, 1
  %span7 = sub i64 %sub6, 1
  %14 = icmp slt i64 %span7, 0
  %15 = select i1 %14, i64 0, i64 %span7
  store i64 0, ptr %k8, align 8
  br label %for.cond9

for.next:                                         ; preds = %for.end12
  %k.next68 = add nsw i64 %k4, 1
  store i64 %k.next68, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret i32 0

for.cond9:                                        ; preds = %for.next11, %for.body
  %k13 = load i64, ptr %k8, align 8
  %16 = icmp slt i64 %k13, %15
  br i1 %16, label %for.body10, label %for.end12

for.body10:                                       ; preds = %for.cond9
  %i14 = add i64 1, %k13
  store i64 %i14, ptr %j, align 8
  %17 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %18 = load i64, ptr %i, align 8
  %19 = load i64, ptr %j, align 8
  %20 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %21 = load i64, ptr %i, align 8
  %sub15 = sub i64 %21, 1
  %22 = load i64, ptr %j, align 8
  %shape16 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim17 = extractvalue [2 x i64] %shape16, 0
  %23 = icmp slt i64 %sub15, 0
  %24 = add i64 %sub15, %dim17
  %idx.wrap = select i1 %23, i64 %24, i64 %sub15
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 3
  %stride = extractvalue [2 x i64] %strides, 0
  %25 = mul nsw i64 %idx.wrap, %stride
  %shape18 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim19 = extractvalue [2 x i64] %shape18, 1
  %26 = icmp slt i64 %22, 0
  %27 = add i64 %22, %dim19
  %idx.wrap20 = select i1 %26, i64 %27, i64 %22
  %28 = mul nsw i64 %idx.wrap20, 8
  %29 = add nsw i64 %25, %28
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %29
  %elem = load double, ptr %elem.ptr, align 8
  %30 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %31 = load i64, ptr %i, align 8
  %add = add i64 %31, 1
  %32 = load i64, ptr %j, align 8
  %shape21 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim22 = extractvalue [2 x i64] %shape21, 0
  %33 = icmp slt i64 %add, 0
  %34 = add i64 %add, %dim22
  %idx.wrap23 = select i1 %33, i64 %34, i64 %add
  %strides24 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 3
  %stride25 = extractvalue [2 x i64] %strides24, 0
  %35 = mul nsw i64 %idx.wrap23, %stride25
  %shape26 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim27 = extractvalue [2 x i64] %shape26, 1
  %36 = icmp slt i64 %32, 0
  %37 = add i64 %32, %dim27
  %idx.wrap28 = select i1 %36, i64 %37, i64 %32
  %38 = mul nsw i64 %idx.wrap28, 8
  %39 = add nsw i64 %35, %38
  %data29 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 1
  %elem.ptr30 = getelementptr inbounds i8, ptr %data29, i64 %39
  %elem31 = load double, ptr %elem.ptr30, align 8
  %fadd = fadd double %elem, %elem31
  %40 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %41 = load i64, ptr %i, align 8
  %42 = load i64, ptr %j, align 8
  %sub32 = sub i64 %42, 1
  %shape33 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim34 = extractvalue [2 x i64] %shape33, 0
  %43 = icmp slt i64 %41, 0
  %44 = add i64 %41, %dim34
  %idx.wrap35 = select i1 %43, i64 %44, i64 %41
  %strides36 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 3
  %stride37 = extractvalue [2 x i64] %strides36, 0
  %45 = mul nsw i64 %idx.wrap35, %stride37
  %shape38 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim39 = extractvalue [2 x i64] %shape38, 1
  %46 = icmp slt i64 %sub32, 0
  %47 = add i64 %sub32, %dim39
  %idx.wrap40 = select i1 %46, i64 %47, i64 %sub32
  %48 = mul nsw i64 %idx.wrap40, 8
  %49 = add nsw i64 %45, %48
  %data41 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 1
  %elem.ptr42 = getelementptr inbounds i8, ptr %data41, i64 %49
  %elem43 = load double, ptr %elem.ptr42, align 8
  %fadd44 = fadd double %fadd, %elem43
  %50 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %51 = load i64, ptr %i, align 8
  %52 = load i64, ptr %j, align 8
  %add45 = add i64 %52, 1
  %shape46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim47 = extractvalue [2 x i64] %shape46, 0
  %53 = icmp slt i64 %51, 0
  %54 = add i64 %51, %dim47
  %idx.wrap48 = select i1 %53, i64 %54, i64 %51
  %strides49 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 3
  %stride50 = extractvalue [2 x i64] %strides49, 0
  %55 = mul nsw i64 %idx.wrap48, %stride50
  %shape51 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim52 = extractvalue [2 x i64] %shape51, 1
  %56 = icmp slt i64 %add45, 0
  %57 = add i64 %add45, %dim52
  %idx.wrap53 = select i1 %56, i64 %57, i64 %add45
  %58 = mul nsw i64 %idx.wrap53, 8
  %59 = add nsw i64 %55, %58
  %data54 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 1
  %elem.ptr55 = getelementptr inbounds i8, ptr %data54, i64 %59
  %elem56 = load double, ptr %elem.ptr55, align 8
  %fadd57 = fadd double %fadd44, %elem56
  %fmul = fmul double 2.500000e-01, %fadd57
  %shape58 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim59 = extractvalue [2 x i64] %shape58, 0
  %60 = icmp slt i64 %18, 0
  %61 = add i64 %18, %dim59
  %idx.wrap60 = select i1 %60, i64 %61, i64 %18
  %strides61 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 3
  %stride62 = extractvalue [2 x i64] %strides61, 0
  %62 = mul nsw i64 %idx.wrap60, %stride62
  %shape63 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim64 = extractvalue [2 x i64] %shape63, 1
  %63 = icmp slt i64 %19, 0
  %64 = add i64 %19, %dim64
  %idx.wrap65 = select i1 %63, i64 %64, i64 %19
  %65 = mul nsw i64 %idx.wrap65, 8
  %66 = add nsw i64 %62, %65
  %data66 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 1
  %elem.ptr67 = getelementptr inbounds i8, ptr %data66, i64 %66
  store double %fmul, ptr %elem.ptr67, align 8
  br label %for.next11

for.next11:                                       ; preds = %for.body10
  %k.next = add nsw i64 %k13, 1
  store i64 %k.next, ptr %k8, align 8
  br label %for.cond9

for.end12:                                        ; preds = %for.cond9
  br label %for.next

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.stencil.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca {}, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr3, align 8
  %status = call i32 @jacobi.0(ptr %ret, ptr %2, { ptr, ptr, [2 x i64], [2 x i64] } %3, { ptr, ptr, [2 x i64], [2 x i64] } %4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

; jacobi(float32[::1, :], float32[::1, :])
; ModuleID = 'golden.stencil'
source_filename = "golden.stencil"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal i32 @jacobi.0(ptr %0, ptr %1, { ptr, ptr, [2 x i64], [2 x i64] } %2, { ptr, ptr, [2 x i64], [2 x i64] } %3) #0 {
entry:
  %k8 = alloca i64, align 8
  %k = alloca i64, align 8
  %a = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %out = alloca { ptr, ptr, [2 x i64], [2 x i64] }, align 8
  %tmp.0 = alloca { i64, i64 }, align 8
  %n = alloca i64, align 8
  %m = alloca i64, align 8
  %i = alloca i64, align 8
  %j = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  store { ptr, ptr, [2 x i64], [2 x i64] } %2, ptr %a, align 8
  store { ptr, ptr, [2 x i64], [2 x i64] } %3, ptr %out, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %4, 2
  %dim = extractvalue [2 x i64] %shape, 0
  %5 = insertvalue { i64, i64 } undef, i64 %dim, 0
  %shape1 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %4, 2
  %dim2 = extractvalue [2 x i64] %shape1, 1
  %6 = insertvalue { i64, i64 } %5, i64 %dim2, 1
  store { i64, i64 } %6, ptr %tmp.0, align 8
  %7 = load { i64, i64 }, ptr %tmp.0, align 8
  %item = extractvalue { i64, i64 } %7, 0
  store i64 %item, ptr %n, align 8
  %8 = load { i64, i64 }, ptr %tmp.0, align 8
  %item3 = extractvalue { i64, i64 } %8, 1
  store i64 %item3, ptr %m, align 8
  %9 = load i64, ptr %n, align 8
  %sub = sub i64 %9, 1
  %span = sub i64 %sub, 1
  %10 = icmp slt i64 %span, 0
  %11 = select i1 %10, i64 0, i64 %span
  store i64 0, ptr %k, align 8
  br label %for.cond

for.cond:                                         ; preds = %for.next, %body
  %k4 = load i64, ptr %k, align 8
  %12 = icmp slt i64 %k4, %11
  br i1 %12, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %i5 = add i64 1, %k4
  store i64 %i5, ptr %i, align 8
  %13 = load i64, ptr %m, align 8
  %sub6 = sub i64 %13, 1
  %span7 = sub i64 %sub6, 1
  %14 = icmp slt i64 %span7, 0
  %15 = select i1 %14, i64 0, i64 %span7
  store i64 0, ptr %k8, align 8
  br label %for.cond9

for.next:                                         ; preds = %for.end12
  %k.next69 = add nsw i64 %k4, 1
  store i64 %k.next69, ptr %k, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  ret i32 0

for.cond9:                                        ; preds = %for.next11, %for.body
  %k13 = load i64, ptr %k8, align 8
  %16 = icmp slt i64 %k13, %15
  br i1 %16, label %for.body10, label %for.end12

for.body10:                                       ; preds = %for.cond9
  %i14 = add i64 1, %k13
  store i64 %i14, ptr %j, align 8
  %17 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %out, align 8
  %18 = load i64, ptr %i, align 8
  %19 = load i64, ptr %j, align 8
  %20 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %21 = load i64, ptr %i, align 8
  %sub15 = sub i64 %21, 1
  %22 = load i64, ptr %j, align 8
  %shape16 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim17 = extractvalue [2 x i64] %shape16, 0
  %23 = icmp slt i64 %sub15, 0
  %24 = add i64 %sub15, %dim17
  %idx.wrap = select i1 %23, i64 %24, i64 %sub15
  %25 = mul nsw i64 %idx.wrap, 4
  %shape18 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 2
  %dim19 = extractvalue [2 x i64] %shape18, 1
  %26 = icmp slt i64 %22, 0
  %27 = add i64 %22, %dim19
  %idx.wrap20 = select i1 %26, i64 %27, i64 %22
  %strides = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 3
  %stride = extractvalue [2 x i64] %strides, 1
  %28 = mul nsw i64 %idx.wrap20, %stride
  %29 = add nsw i64 %25, %28
  %data = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %20, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %29
  %elem = load float, ptr %elem.ptr, align 4
  %30 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %31 = load i64, ptr %i, align 8
  %add = add i64 %31, 1
  %32 = load i64, ptr %j, align 8
  %shape21 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim22 = extractvalue [2 x i64] %shape21, 0
  %33 = icmp slt i64 %add, 0
  %34 = add i64 %add, %dim22
  %idx.wrap23 = select i1 %33, i64 %34, i64 %add
  %35 = mul nsw i64 %idx.wrap23, 4
  %shape24 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 2
  %dim25 = extractvalue [2 x i64] %shape24, 1
  %36 = icmp slt i64 %32, 0
  %37 = add i64 %32, %dim25
  %idx.wrap26 = select i1 %36, i64 %37, i64 %32
  %strides27 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 3
  %stride28 = extractvalue [2 x i64] %strides27, 1
  %38 = mul nsw i64 %idx.wrap26, %stride28
  %39 = add nsw i64 %35, %38
  %data29 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %30, 1
  %elem.ptr30 = getelementptr inbounds i8, ptr %data29, i64 %39
  %elem31 = load float, ptr %elem.ptr30, align 4
  %fadd = fadd float %elem, %elem31
  %40 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %41 = load i64, ptr %i, align 8
  %42 = load i64, ptr %j, align 8
  %sub32 = sub i64 %42, 1
  %shape33 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim34 = extractvalue [2 x i64] %shape33, 0
  %43 = icmp slt i64 %41, 0
  %44 = add i64 %41, %dim34
  %idx.wrap35 = select i1 %43, i64 %44, i64 %41
  %45 = mul nsw i64 %idx.wrap35, 4
  %shape36 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 2
  %dim37 = extractvalue [2 x i64] %shape36, 1
  %46 = icmp slt i64 %sub32, 0
  %47 = add i64 %sub32, %dim37
  %idx.wrap38 = select i1 %46, i64 %47, i64 %sub32
  %strides39 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 3
  %stride40 = extractvalue [2 x i64] %strides39, 1
  %48 = mul nsw i64 %idx.wrap38, %stride40
  %49 = add nsw i64 %45, %48
  %data41 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %40, 1
  %elem.ptr42 = getelementptr inbounds i8, ptr %data41, i64 %49
  %elem43 = load float, ptr %elem.ptr42, align 4
  %fadd44 = fadd float %fadd, %elem43
  %50 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %a, align 8
  %51 = load i64, ptr %i, align 8
  %52 = load i64, ptr %j, align 8
  %add45 = add i64 %52, 1
  %shape46 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim47 = extractvalue [2 x i64] %shape46, 0
  %53 = icmp slt i64 %51, 0
  %54 = add i64 %51, %dim47
  %idx.wrap48 = select i1 %53, i64 %54, i64 %51
  %55 = mul nsw i64 %idx.wrap48, 4
  %shape49 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 2
  %dim50 = extractvalue [2 x i64] %shape49, 1
  %56 = icmp slt i64 %add45, 0
  %57 = add i64 %add45, %dim50
  %idx.wrap51 = select i1 %56, i64 %57, i64 %add45
  %strides52 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 3
  %stride53 = extractvalue [2 x i64] %strides52, 1
  %58 = mul nsw i64 %idx.wrap51, %stride53
  %59 = add nsw i64 %55, %58
  %data54 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %50, 1
  %elem.ptr55 = getelementptr inbounds i8, ptr %data54, i64 %59
  %elem56 = load float, ptr %elem.ptr55, align 4
  %fadd57 = fadd float %fadd44, %elem56
  %fcast = fpext float %fadd57 to double
  %fmul = fmul double 2.500000e-01, %fcast
  %fcast58 = fptrunc double %fmul to float
  %shape59 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim60 = extractvalue [2 x i64] %shape59, 0
  %60 = icmp slt i64 %18, 0
  %61 = add i64 %18, %dim60
  %idx.wrap61 = select i1 %60, i64 %61, i64 %18
  %62 = mul nsw i64 %idx.wrap61, 4
  %shape62 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 2
  %dim63 = extractvalue [2 x i64] %shape62, 1
  %63 = icmp slt i64 %19, 0
  %64 = add i64 %19, %dim63
  %idx.wrap64 = select i1 %63, i64 %64, i64 %19
  %strides65 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 3
  %stride66 = extractvalue [2 x i64] %strides65, 1
  %65 = mul nsw i64 %idx.wrap64, %stride66
  %66 = add nsw i64 %62, %65
  %data67 = extractvalue { ptr, ptr, [2 x i64], [2 x i64] } %17, 1
  %elem.ptr68 = getelementptr inbounds i8, ptr %data67, i64 %66
  store float %fcast58, ptr %elem.ptr68, align 4
  br label %for.next11

for.next11:                                       ; preds = %for.body10
  %k.next = add nsw i64 %k13, 1
  store i64 %k.next, ptr %k8, align 8
  br label %for.cond9

for.end12:                                        ; preds = %for.cond9
  br label %for.next

dead:                                             ; No predecessors!
  unreachable
}

; Function Attrs: nounwind
define i32 @golden.stencil.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %ret = alloca {}, align 8
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %4 = load { ptr, ptr, [2 x i64], [2 x i64] }, ptr %arg.ptr3, align 8
  %status = call i32 @jacobi.0(ptr %ret, ptr %2, { ptr, ptr, [2 x i64], [2 x i64] } %3, { ptr, ptr, [2 x i64], [2 x i64] } %4)
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

