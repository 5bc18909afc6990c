; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%union.U = type { i32, [4 x i8] }
%struct.Pk = type <{ i8, i32 }>
%struct.P = type { float, float }
%struct.S = type { i32, [3 x i8], i64 }

@arr = hidden global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@grid = hidden global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@.str = private unnamed_addr constant [11 x i8] c"hello\0A\22q\22\\\00", align 1
@msg = hidden global ptr @.str, align 4
@bf = hidden global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 0, i8 -128, i8 1, i8 0, i8 0, i8 0, i8 0 }, align 8
@gu = hidden global %union.U { i32 7, [4 x i8] zeroinitializer }, align 4
@pk = hidden global %struct.Pk <{ i8 120, i32 42 }>, align 1
@ld = hidden global fp128 0xL00000000000000003FFF800000000000, align 16
@dd = hidden global double -2.500000e-03, align 8
@ff = hidden global float 0x3FB99999A0000000, align 4
@pp = hidden global ptr getelementptr (i8, ptr @arr, i64 12), align 4
@addr = hidden global i32 ptrtoint (ptr getelementptr (i8, ptr @arr, i64 4) to i32), align 4
@fptr = hidden global ptr null, align 4
@counter = internal global i32 0, align 4
@ext = external global i32, align 4
@tl = hidden thread_local global i32 0, align 4

; Function Attrs: noinline nounwind optnone
define hidden void @mkp(ptr dead_on_unwind noalias writable sret(%struct.P) align 4 %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  store float %1, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.P, ptr %0, i32 0, i32 0
  %5 = load float, ptr %3, align 4
  store float %5, ptr %4, align 4
  %6 = getelementptr inbounds nuw %struct.P, ptr %0, i32 0, i32 1
  %7 = load float, ptr %3, align 4
  %8 = fmul float %7, 2.000000e+00
  store float %8, ptr %6, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden void @mks(ptr dead_on_unwind noalias writable sret(%struct.S) align 8 %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  store i32 %1, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 0
  %5 = load i32, ptr %3, align 4
  store i32 %5, ptr %4, align 8
  %6 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 1
  call void @llvm.memset.p0.i32(ptr align 4 %6, i8 0, i32 3, i1 false)
  %7 = getelementptr i8, ptr %0, i32 7
  call void @llvm.memset.p0.i64(ptr align 1 %7, i8 0, i64 1, i1 false)
  %8 = getelementptr inbounds nuw %struct.S, ptr %0, i32 0, i32 2
  store i64 0, ptr %8, align 8
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define hidden signext i16 @sh(i16 noundef signext %0, i8 noundef zeroext %1) #0 {
  %3 = alloca i16, align 2
  %4 = alloca i8, align 1
  store i16 %0, ptr %3, align 2
  store i8 %1, ptr %4, align 1
  %5 = load i16, ptr %3, align 2
  %6 = sext i16 %5 to i32
  %7 = load i8, ptr %4, align 1
  %8 = zext i8 %7 to i32
  %9 = add nsw i32 %6, %8
  %10 = trunc i32 %9 to i16
  ret i16 %10
}

; Function Attrs: noinline nounwind optnone
define hidden i64 @ops(i64 noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca double, align 8
  %10 = alloca float, align 4
  store i64 %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  store i32 %3, ptr %8, align 4
  %11 = load i64, ptr %5, align 8
  %12 = load i32, ptr %7, align 4
  %13 = or i32 %12, 1
  %14 = zext i32 %13 to i64
  %15 = udiv i64 %11, %14
  %16 = load i64, ptr %5, align 8
  %17 = urem i64 %16, 7
  %18 = add i64 %15, %17
  %19 = load i64, ptr %5, align 8
  %20 = shl i64 %19, 3
  %21 = sub i64 %18, %20
  %22 = load i64, ptr %5, align 8
  %23 = lshr i64 %22, 2
  %24 = add i64 %21, %23
  %25 = load i64, ptr %6, align 8
  %26 = ashr i64 %25, 1
  %27 = add i64 %24, %26
  %28 = load i64, ptr %6, align 8
  %29 = sdiv i64 %28, 3
  %30 = add i64 %27, %29
  %31 = load i32, ptr %7, align 4
  %32 = load i32, ptr %8, align 4
  %33 = xor i32 %31, %32
  %34 = load i32, ptr %8, align 4
  %35 = and i32 %34, 5
  %36 = mul i32 %33, %35
  %37 = zext i32 %36 to i64
  %38 = add i64 %30, %37
  store i64 %38, ptr %5, align 8
  %39 = load i64, ptr %5, align 8
  %40 = uitofp i64 %39 to double
  %41 = load i64, ptr %6, align 8
  %42 = sitofp i64 %41 to double
  %43 = fdiv double %42, 3.000000e+00
  %44 = fneg double %43
  %45 = call double @llvm.fmuladd.f64(double %40, double 1.500000e+00, double %44)
  store double %45, ptr %9, align 8
  %46 = load double, ptr %9, align 8
  %47 = fptrunc double %46 to float
  %48 = fadd float %47, 2.000000e+00
  store float %48, ptr %10, align 4
  %49 = load float, ptr %10, align 4
  %50 = fptoui float %49 to i64
  %51 = load double, ptr %9, align 8
  %52 = fneg double %51
  %53 = fcmp ogt double %52, 0.000000e+00
  %54 = zext i1 %53 to i64
  %55 = select i1 %53, i32 1, i32 0
  %56 = sext i32 %55 to i64
  %57 = add i64 %50, %56
  %58 = load i64, ptr %5, align 8
  %59 = add i64 %58, %57
  store i64 %59, ptr %5, align 8
  %60 = load i64, ptr %5, align 8
  %61 = load i32, ptr %8, align 4
  %62 = icmp slt i32 %61, 0
  %63 = zext i1 %62 to i32
  %64 = sext i32 %63 to i64
  %65 = add i64 %60, %64
  %66 = load i32, ptr %7, align 4
  %67 = icmp ugt i32 %66, 3
  %68 = zext i1 %67 to i32
  %69 = sext i32 %68 to i64
  %70 = add i64 %65, %69
  %71 = load i64, ptr %6, align 8
  %72 = icmp sle i64 %71, 0
  %73 = zext i1 %72 to i32
  %74 = sext i32 %73 to i64
  %75 = add i64 %70, %74
  %76 = load double, ptr %9, align 8
  %77 = fcmp une double %76, 1.000000e+00
  %78 = zext i1 %77 to i32
  %79 = sext i32 %78 to i64
  %80 = add i64 %75, %79
  %81 = load float, ptr %10, align 4
  %82 = fcmp oge float %81, 2.000000e+00
  %83 = zext i1 %82 to i32
  %84 = sext i32 %83 to i64
  %85 = add i64 %80, %84
  ret i64 %85
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone
define hidden i32 @__main_argc_argv(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca %struct.P, align 4
  %9 = alloca %struct.S, align 8
  %10 = alloca i32, align 4
  %11 = alloca fp128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca ptr, align 4
  %15 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  %16 = load i32, ptr %4, align 4
  %17 = call ptr @llvm.stacksave.p0()
  store ptr %17, ptr %6, align 4
  %18 = alloca i32, i32 %16, align 16
  store i32 %16, ptr %7, align 4
  %19 = getelementptr inbounds i32, ptr %18, i32 0
  store i32 1, ptr %19, align 16
  call void @mkp(ptr dead_on_unwind writable sret(%struct.P) align 4 %8, float noundef 1.000000e+00)
  %20 = load i32, ptr %4, align 4
  call void @mks(ptr dead_on_unwind writable sret(%struct.S) align 8 %9, i32 noundef %20)
  %21 = load i64, ptr @bf, align 8
  %22 = and i64 %21, -9223372036846387201
  %23 = or i64 %22, 41943040
  store i64 %23, ptr @bf, align 8
  %24 = load i64, ptr @bf, align 8
  %25 = and i64 %24, -8388601
  %26 = or i64 %25, 24
  store i64 %26, ptr @bf, align 8
  %27 = load i32, ptr %4, align 4
  switch i32 %27, label %34 [
    i32 1, label %28
    i32 5, label %31
    i32 100, label %35
  ]

28:                                               ; preds = %2
  %29 = load i32, ptr %4, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %4, align 4
  br label %36

31:                                               ; preds = %2
  %32 = load i32, ptr %4, align 4
  %33 = add nsw i32 %32, -1
  store i32 %33, ptr %4, align 4
  br label %34

34:                                               ; preds = %2, %31
  br label %36

35:                                               ; preds = %2
  store i32 3, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %112

36:                                               ; preds = %34, %28
  %37 = load fp128, ptr @ld, align 16
  %38 = fmul fp128 %37, 0xL00000000000000004000000000000000
  store fp128 %38, ptr %11, align 16
  %39 = load i32, ptr %4, align 4
  %40 = sext i32 %39 to i128
  %41 = shl i128 %40, 70
  store i128 %41, ptr %12, align 16
  store i128 113427455640312821154458202477256070485, ptr %13, align 16
  store ptr @sum, ptr %14, align 4
  %42 = load ptr, ptr %14, align 4
  %43 = call i32 (i32, ...) %42(i32 noundef 2, i32 noundef 1, i32 noundef 2)
  %44 = load i32, ptr @counter, align 4
  %45 = add nsw i32 %44, %43
  store i32 %45, ptr @counter, align 4
  br label %46

46:                                               ; preds = %60, %36
  %47 = load i32, ptr %4, align 4
  %48 = icmp sgt i32 %47, 100
  br i1 %48, label %49, label %52

49:                                               ; preds = %46
  %50 = load i32, ptr @counter, align 4
  %51 = icmp ne i32 %50, 0
  br label %52

52:                                               ; preds = %49, %46
  %53 = phi i1 [ false, %46 ], [ %51, %49 ]
  br i1 %53, label %54, label %61

54:                                               ; preds = %52
  %55 = load i32, ptr @counter, align 4
  %56 = add nsw i32 %55, -1
  store i32 %56, ptr @counter, align 4
  %57 = load i32, ptr @counter, align 4
  %58 = icmp eq i32 %57, 3
  br i1 %58, label %59, label %60

59:                                               ; preds = %54
  br label %61

60:                                               ; preds = %54
  br label %46, !llvm.loop !2

61:                                               ; preds = %59, %52
  %62 = load i32, ptr %4, align 4
  %63 = icmp sgt i32 %62, 2
  br i1 %63, label %64, label %66

64:                                               ; preds = %61
  %65 = load i32, ptr %4, align 4
  br label %69

66:                                               ; preds = %61
  %67 = load i32, ptr %4, align 4
  %68 = sub nsw i32 0, %67
  br label %69

69:                                               ; preds = %66, %64
  %70 = phi i32 [ %65, %64 ], [ %68, %66 ]
  store i32 %70, ptr %15, align 4
  %71 = call i32 (i32, ...) @sum(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %72 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 0
  %73 = load float, ptr %72, align 4
  %74 = fptosi float %73 to i32
  %75 = add nsw i32 %71, %74
  %76 = getelementptr inbounds nuw %struct.S, ptr %9, i32 0, i32 0
  %77 = load i32, ptr %76, align 8
  %78 = add nsw i32 %75, %77
  %79 = call signext i16 @sh(i16 noundef signext 1, i8 noundef zeroext 2)
  %80 = sext i16 %79 to i32
  %81 = add nsw i32 %78, %80
  %82 = load i32, ptr %15, align 4
  %83 = add nsw i32 %81, %82
  %84 = load fp128, ptr %11, align 16
  %85 = fptosi fp128 %84 to i32
  %86 = add nsw i32 %83, %85
  %87 = load i128, ptr %12, align 16
  %88 = ashr i128 %87, 70
  %89 = trunc i128 %88 to i32
  %90 = add nsw i32 %86, %89
  %91 = load i128, ptr %13, align 16
  %92 = and i128 %91, 1
  %93 = trunc i128 %92 to i32
  %94 = add nsw i32 %90, %93
  %95 = load i32, ptr @ext, align 4
  %96 = add nsw i32 %94, %95
  %97 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tl)
  %98 = load i32, ptr %97, align 4
  %99 = add nsw i32 %96, %98
  %100 = load i32, ptr @gu, align 4
  %101 = add nsw i32 %99, %100
  %102 = load i32, ptr getelementptr inbounds nuw (%struct.Pk, ptr @pk, i32 0, i32 1), align 1
  %103 = add nsw i32 %101, %102
  %104 = call i64 @ops(i64 noundef 1, i64 noundef 2, i32 noundef 3, i32 noundef 4)
  %105 = trunc i64 %104 to i32
  %106 = add nsw i32 %103, %105
  %107 = load ptr, ptr @msg, align 4
  %108 = getelementptr inbounds i8, ptr %107, i32 0
  %109 = load i8, ptr %108, align 1
  %110 = sext i8 %109 to i32
  %111 = add nsw i32 %106, %110
  store i32 %111, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %112

112:                                              ; preds = %69, %35
  %113 = load ptr, ptr %6, align 4
  call void @llvm.stackrestore.p0(ptr %113)
  %114 = load i32, ptr %3, align 4
  ret i32 %114
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: noinline nounwind optnone
define internal i32 @sum(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %16, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %19

10:                                               ; preds = %6
  %11 = load ptr, ptr %3, align 4
  %12 = getelementptr inbounds i8, ptr %11, i32 4
  store ptr %12, ptr %3, align 4
  %13 = load i32, ptr %11, align 4
  %14 = load i32, ptr %4, align 4
  %15 = add nsw i32 %14, %13
  store i32 %15, ptr %4, align 4
  br label %16

16:                                               ; preds = %10
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %5, align 4
  br label %6, !llvm.loop !4

19:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %20 = load i32, ptr %4, align 4
  ret i32 %20
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
