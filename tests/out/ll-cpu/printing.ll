; show(int64, float32, tuple(int64, complex128))
; ModuleID = 'golden.printing'
source_filename = "golden.printing"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@penna.msg.0 = private constant [3 x i8] c"n ="
@penna.msg.1 = private constant [3 x i8] c" | "
@penna.msg.2 = private constant [2 x i8] c"\0A\0A"

; Function Attrs: nounwind
define internal { i32, {} } @show.0(ptr %0, i64 %1, float %2, { i64, { double, double } } %3) #0 {
entry:
  %print.records = alloca [6 x { i64, i64, i64 }], align 8
  %n = alloca i64, align 8
  %x = alloca float, align 4
  %t = alloca { i64, { double, double } }, align 8
  br label %body

body:                                             ; preds = %entry
  store i64 %1, ptr %n, align 8
  store float %2, ptr %x, align 4
  store { i64, { double, double } } %3, ptr %t, align 8
  %4 = load i64, ptr %n, align 8
  %5 = load float, ptr %x, align 4
  %6 = load { i64, { double, double } }, ptr %t, align 8
  %record = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 0
  %7 = getelementptr inbounds { i64, i64, i64 }, ptr %record, i32 0, i32 0
  store i64 6, ptr %7, align 8
  %8 = getelementptr inbounds { i64, i64, i64 }, ptr %record, i32 0, i32 1
  store i64 ptrtoint (ptr @penna.msg.0 to i64), ptr %8, align 8
  %9 = getelementptr inbounds { i64, i64, i64 }, ptr %record, i32 0, i32 2
  store i64 3, ptr %9, align 8
  %record1 = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 1
  %10 = getelementptr inbounds { i64, i64, i64 }, ptr %record1, i32 0, i32 0
  store i64 2, ptr %10, align 8
  %11 = getelementptr inbounds { i64, i64, i64 }, ptr %record1, i32 0, i32 1
  store i64 %4, ptr %11, align 8
  %12 = getelementptr inbounds { i64, i64, i64 }, ptr %record1, i32 0, i32 2
  store i64 0, ptr %12, align 8
  %fcast = fpext float %5 to double
  %bits = bitcast double %fcast to i64
  %record2 = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 2
  %13 = getelementptr inbounds { i64, i64, i64 }, ptr %record2, i32 0, i32 0
  store i64 1028, ptr %13, align 8
  %14 = getelementptr inbounds { i64, i64, i64 }, ptr %record2, i32 0, i32 1
  store i64 %bits, ptr %14, align 8
  %15 = getelementptr inbounds { i64, i64, i64 }, ptr %record2, i32 0, i32 2
  store i64 0, ptr %15, align 8
  %record3 = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 3
  %16 = getelementptr inbounds { i64, i64, i64 }, ptr %record3, i32 0, i32 0
  store i64 7, ptr %16, align 8
  %17 = getelementptr inbounds { i64, i64, i64 }, ptr %record3, i32 0, i32 1
  store i64 2, ptr %17, align 8
  %18 = getelementptr inbounds { i64, i64, i64 }, ptr %record3, i32 0, i32 2
  store i64 0, ptr %18, align 8
  %19 = extractvalue { i64, { double, double } } %6, 0
  %record4 = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 4
  %20 = getelementptr inbounds { i64, i64, i64 }, ptr %record4, i32 0, i32 0
  store i64 2, ptr %20, align 8
  %21 = getelementptr inbounds { i64, i64, i64 }, ptr %record4, i32 0, i32 1
  store i64 %19, ptr %21, align 8
  %22 = getelementptr inbounds { i64, i64, i64 }, ptr %record4, i32 0, i32 2
  store i64 0, ptr %22, align 8
  %23 = extractvalue { i64, { double, double } } %6, 1
  %re = extractvalue { double, double } %23, 0
  %im = extractvalue { double, double } %23, 1
  %bits5 = bitcast double %re to i64
  %bits6 = bitcast double %im to i64
  %record7 = getelementptr inbounds { i64, i64, i64 }, ptr %print.records, i64 5
  %24 = getelementptr inbounds { i64, i64, i64 }, ptr %record7, i32 0, i32 0
  store i64 5, ptr %24, align 8
  %25 = getelementptr inbounds { i64, i64, i64 }, ptr %record7, i32 0, i32 1
  store i64 %bits5, ptr %25, align 8
  %26 = getelementptr inbounds { i64, i64, i64 }, ptr %record7, i32 0, i32 2
  store i64 %bits6, ptr %26, align 8
  call void @penna_rt_print(ptr %print.records, i64 6, ptr @penna.msg.1, i64 3, ptr @penna.msg.2, i64 2)
  ret { i32, {} } { i32 0, {} undef }

dead:                                             ; No predecessors!
  unreachable
}

declare void @penna_rt_print(ptr, i64, ptr, i64, ptr, i64)

; Function Attrs: nounwind
define i32 @golden.printing.entry(ptr %0, ptr %1, ptr %2) #0 {
entry1:
  %arg.slot = getelementptr inbounds ptr, ptr %0, i64 0
  %arg.ptr = load ptr, ptr %arg.slot, align 8
  %elem = load i64, ptr %arg.ptr, align 8
  %arg.slot2 = getelementptr inbounds ptr, ptr %0, i64 1
  %arg.ptr3 = load ptr, ptr %arg.slot2, align 8
  %elem4 = load float, ptr %arg.ptr3, align 4
  %arg.slot5 = getelementptr inbounds ptr, ptr %0, i64 2
  %arg.ptr6 = load ptr, ptr %arg.slot5, align 8
  %elem7 = load i64, ptr %arg.ptr6, align 8
  %3 = insertvalue { i64, { double, double } } undef, i64 %elem7, 0
  %field = getelementptr inbounds i8, ptr %arg.ptr6, i64 8
  %elem8 = load { double, double }, ptr %field, align 8
  %4 = insertvalue { i64, { double, double } } %3, { double, double } %elem8, 1
  %call = call { i32, {} } @show.0(ptr %2, i64 %elem, float %elem4, { i64, { double, double } } %4)
  %status = extractvalue { i32, {} } %call, 0
  %ok = icmp eq i32 %status, 0
  br i1 %ok, label %store, label %done

store:                                            ; preds = %entry1
  br label %done

done:                                             ; preds = %store, %entry1
  ret i32 %status
}

attributes #0 = { nounwind "target-cpu"="x86-64-v3" }

