; sum_squares(float64[::1])
; ModuleID = 'golden.sum_squares'
source_filename = "golden.sum_squares"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define internal { i32, double } @sum_squares.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %1, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %2 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %a, align 8
  %meminfo1 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %3 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %3, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  store double 0.000000e+00, ptr %s, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %4, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %5 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %5, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

for.cond:                                         ; preds = %for.next, %rc.done4
  %iv5 = load i64, ptr %iv, align 8
  %6 = icmp slt i64 %iv5, %item
  br i1 %6, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv5, ptr %i, align 8
  %7 = load double, ptr %s, align 8
  %8 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %9 = load i64, ptr %i, align 8
  %shape6 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 2
  %dim7 = extractvalue [1 x i64] %shape6, 0
  %10 = icmp slt i64 %9, 0
  %11 = add i64 %9, %dim7
  %idx.wrap = select i1 %10, i64 %11, i64 %9
  %12 = mul nsw i64 %idx.wrap, 8
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %12
  %elem = load double, ptr %elem.ptr, align 8
  %13 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %14 = load i64, ptr %i, align 8
  %shape8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 2
  %dim9 = extractvalue [1 x i64] %shape8, 0
  %15 = icmp slt i64 %14, 0
  %16 = add i64 %14, %dim9
  %idx.wrap10 = select i1 %15, i64 %16, i64 %14
  %17 = mul nsw i64 %idx.wrap10, 8
  %data11 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 1
  %elem.ptr12 = getelementptr inbounds i8, ptr %data11, i64 %17
  %elem13 = load double, ptr %elem.ptr12, align 8
  %fmul = fmul fast double %elem, %elem13
  %fadd = fadd fast double %7, %fmul
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv5, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %18 = load double, ptr %s, align 8
  %19 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %meminfo14 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 0
  %owned15 = icmp ne ptr %meminfo14, null
  br i1 %owned15, label %rc16, label %rc.done17

rc16:                                             ; preds = %for.end
  %20 = atomicrmw sub ptr %meminfo14, i64 1 acq_rel, align 8
  %last18 = icmp eq i64 %20, 1
  br i1 %last18, label %free19, label %freed20

rc.done17:                                        ; preds = %freed20, %for.end
  %result = insertvalue { i32, double } { i32 0, double undef }, double %18, 1
  ret { i32, double } %result

free19:                                           ; preds = %rc16
  call void @penna_rt_free(ptr %meminfo14)
  br label %freed20

freed20:                                          ; preds = %free19, %rc16
  br label %rc.done17

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %call = call { i32, double } @sum_squares.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
  %status = extractvalue { i32, double } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, double } %call, 1
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
define internal { i32, double } @sum_squares.0(ptr %0, { ptr, ptr, [1 x i64], [1 x i64] } %1) #0 {
entry:
  %iv = alloca i64, align 8
  %a = alloca { ptr, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %a, align 8
  %s = alloca double, align 8
  %i = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %meminfo = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %1, 0
  %owned = icmp ne ptr %meminfo, null
  br i1 %owned, label %rc, label %rc.done

rc:                                               ; preds = %body
  %2 = atomicrmw add ptr %meminfo, i64 1 monotonic, align 8
  br label %rc.done

rc.done:                                          ; preds = %rc, %body
  %old = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  store { ptr, ptr, [1 x i64], [1 x i64] } %1, ptr %a, align 8
  %meminfo1 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %old, 0
  %owned2 = icmp ne ptr %meminfo1, null
  br i1 %owned2, label %rc3, label %rc.done4

rc3:                                              ; preds = %rc.done
  %3 = atomicrmw sub ptr %meminfo1, i64 1 acq_rel, align 8
  %last = icmp eq i64 %3, 1
  br i1 %last, label %free, label %freed

rc.done4:                                         ; preds = %freed, %rc.done
  store double 0.000000e+00, ptr %s, align 8
  %4 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %shape = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %4, 2
  %dim = extractvalue [1 x i64] %shape, 0
  %5 = insertvalue { i64 } undef, i64 %dim, 0
  %item = extractvalue { i64 } %5, 0
  store i64 0, ptr %iv, align 8
  br label %for.cond

free:                                             ; preds = %rc3
  call void @penna_rt_free(ptr %meminfo1)
  br label %freed

freed:                                            ; preds = %free, %rc3
  br label %rc.done4

for.cond:                                         ; preds = %for.next, %rc.done4
  %iv5 = load i64, ptr %iv, align 8
  %6 = icmp slt i64 %iv5, %item
  br i1 %6, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  store i64 %iv5, ptr %i, align 8
  %7 = load double, ptr %s, align 8
  %8 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %9 = load i64, ptr %i, align 8
  %shape6 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 2
  %dim7 = extractvalue [1 x i64] %shape6, 0
  %10 = icmp slt i64 %9, 0
  %11 = add i64 %9, %dim7
  %idx.wrap = select i1 %10, i64 %11, i64 %9
  %strides = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 3
  %stride = extractvalue [1 x i64] %strides, 0
  %12 = mul nsw i64 %idx.wrap, %stride
  %data = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %8, 1
  %elem.ptr = getelementptr inbounds i8, ptr %data, i64 %12
  %elem = load float, ptr %elem.ptr, align 4
  %13 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %14 = load i64, ptr %i, align 8
  %shape8 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 2
  %dim9 = extractvalue [1 x i64] %shape8, 0
  %15 = icmp slt i64 %14, 0
  %16 = add i64 %14, %dim9
  %idx.wrap10 = select i1 %15, i64 %16, i64 %14
  %strides11 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 3
  %stride12 = extractvalue [1 x i64] %strides11, 0
  %17 = mul nsw i64 %idx.wrap10, %stride12
  %data13 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %13, 1
  %elem.ptr14 = getelementptr inbounds i8, ptr %data13, i64 %17
  %elem15 = load float, ptr %elem.ptr14, align 4
  %fmul = fmul fast float %elem, %elem15
  %fcast = fpext float %fmul to double
  %fadd = fadd fast double %7, %fcast
  store double %fadd, ptr %s, align 8
  br label %for.next

for.next:                                         ; preds = %for.body
  %iv.next = add nsw i64 %iv5, 1
  store i64 %iv.next, ptr %iv, align 8
  br label %for.cond

for.end:                                          ; preds = %for.cond
  %18 = load double, ptr %s, align 8
  %19 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %a, align 8
  %meminfo16 = extractvalue { ptr, ptr, [1 x i64], [1 x i64] } %19, 0
  %owned17 = icmp ne ptr %meminfo16, null
  br i1 %owned17, label %rc18, label %rc.done19

rc18:                                             ; preds = %for.end
  %20 = atomicrmw sub ptr %meminfo16, i64 1 acq_rel, align 8
  %last20 = icmp eq i64 %20, 1
  br i1 %last20, label %free21, label %freed22

rc.done19:                                        ; preds = %freed22, %for.end
  %result = insertvalue { i32, double } { i32 0, double undef }, double %18, 1
  ret { i32, double } %result

free21:                                           ; preds = %rc18
  call void @penna_rt_free(ptr %meminfo16)
  br label %freed22

freed22:                                          ; preds = %free21, %rc18
  br label %rc.done19

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_free(ptr)

; Function Attrs: nounwind
define i32 @golden.sum_squares.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %3 = load { ptr, ptr, [1 x i64], [1 x i64] }, ptr %arg.ptr, align 8
  %call = call { i32, double } @sum_squares.0(ptr %2, { ptr, ptr, [1 x i64], [1 x i64] } %3)
  %status = extractvalue { i32, double } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  %result = extractvalue { i32, double } %call, 1
  store double %result, ptr %1, align 8
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

