; ModuleID = 'features.c'
source_filename = "features.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%union.U = type { i32, [4 x i8] }
%struct.Pk = type <{ i8, i32 }>
%struct.P = type { float, float }
%struct.S = type { i32, [3 x i8], i64 }
%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }

@arr = dso_local global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 4
@grid = dso_local global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 4
@.str = private unnamed_addr constant [11 x i8] c"hello\0A\22q\22\\\00", align 1
@msg = dso_local global ptr @.str, align 8
@bf = dso_local global { i8, i8, i8, i8, i8, i8, i8, i8 } { i8 17, i8 0, i8 -128, i8 1, i8 0, i8 0, i8 0, i8 0 }, align 8
@gu = dso_local global %union.U { i32 7, [4 x i8] zeroinitializer }, align 4
@pk = dso_local global %struct.Pk <{ i8 120, i32 42 }>, align 1
@ld = dso_local global fp128 0xL00000000000000003FFF800000000000, align 16
@dd = dso_local global double -2.500000e-03, align 8
@ff = dso_local global float 0x3FB99999A0000000, align 4
@pp = dso_local global ptr getelementptr (i8, ptr @arr, i64 12), align 8
@addr = dso_local global i64 ptrtoint (ptr getelementptr (i8, ptr @arr, i64 4) to i64), align 8
@fptr = dso_local global ptr null, align 8
@counter = internal global i32 0, align 4
@ext = external global i32, align 4
@tl = dso_local thread_local global i32 0, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.P @mkp(float noundef %0) #0 {
  %2 = alloca %struct.P, align 4
  %3 = alloca float, align 4
  store float %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.P, ptr %2, i32 0, i32 0
  %5 = load float, ptr %3, align 4
  store float %5, ptr %4, align 4
  %6 = getelementptr inbounds nuw %struct.P, ptr %2, i32 0, i32 1
  %7 = load float, ptr %3, align 4
  %8 = fmul float %7, 2.000000e+00
  store float %8, ptr %6, align 4
  %9 = load %struct.P, ptr %2, align 4
  ret %struct.P %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @mks(i32 noundef %0) #0 {
  %2 = alloca %struct.S, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 0
  %5 = load i32, ptr %3, align 4
  store i32 %5, ptr %4, align 8
  %6 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 1
  call void @llvm.memset.p0.i64(ptr align 4 %6, i8 0, i64 3, i1 false)
  %7 = getelementptr i8, ptr %2, i64 7
  call void @llvm.memset.p0.i64(ptr align 1 %7, i8 0, i64 1, i1 false)
  %8 = getelementptr inbounds nuw %struct.S, ptr %2, i32 0, i32 2
  store i64 0, ptr %8, align 8
  %9 = load [2 x i64], ptr %2, align 8
  ret [2 x i64] %9
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i16 @sh(i16 noundef %0, i8 noundef %1) #0 {
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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @ops(i64 noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca %struct.P, align 4
  %9 = alloca %struct.S, align 8
  %10 = alloca i32, align 4
  %11 = alloca fp128, align 16
  %12 = alloca i128, align 16
  %13 = alloca i128, align 16
  %14 = alloca ptr, align 8
  %15 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 8
  %16 = load i32, ptr %4, align 4
  %17 = zext i32 %16 to i64
  %18 = call ptr @llvm.stacksave.p0()
  store ptr %18, ptr %6, align 8
  %19 = alloca i32, i64 %17, align 4
  store i64 %17, ptr %7, align 8
  %20 = getelementptr inbounds i32, ptr %19, i64 0
  store i32 1, ptr %20, align 4
  %21 = call %struct.P @mkp(float noundef 1.000000e+00)
  %22 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 0
  %23 = extractvalue %struct.P %21, 0
  store float %23, ptr %22, align 4
  %24 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 1
  %25 = extractvalue %struct.P %21, 1
  store float %25, ptr %24, align 4
  %26 = load i32, ptr %4, align 4
  %27 = call [2 x i64] @mks(i32 noundef %26)
  store [2 x i64] %27, ptr %9, align 8
  %28 = load i64, ptr @bf, align 8
  %29 = and i64 %28, -9223372036846387201
  %30 = or i64 %29, 41943040
  store i64 %30, ptr @bf, align 8
  %31 = load i64, ptr @bf, align 8
  %32 = and i64 %31, -8388601
  %33 = or i64 %32, 24
  store i64 %33, ptr @bf, align 8
  %34 = load i32, ptr %4, align 4
  switch i32 %34, label %41 [
    i32 1, label %35
    i32 5, label %38
    i32 100, label %42
  ]

35:                                               ; preds = %2
  %36 = load i32, ptr %4, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %4, align 4
  br label %43

38:                                               ; preds = %2
  %39 = load i32, ptr %4, align 4
  %40 = add nsw i32 %39, -1
  store i32 %40, ptr %4, align 4
  br label %41

41:                                               ; preds = %2, %38
  br label %43

42:                                               ; preds = %2
  store i32 3, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %119

43:                                               ; preds = %41, %35
  %44 = load fp128, ptr @ld, align 16
  %45 = fmul fp128 %44, 0xL00000000000000004000000000000000
  store fp128 %45, ptr %11, align 16
  %46 = load i32, ptr %4, align 4
  %47 = sext i32 %46 to i128
  %48 = shl i128 %47, 70
  store i128 %48, ptr %12, align 16
  store i128 113427455640312821154458202477256070485, ptr %13, align 16
  store ptr @sum, ptr %14, align 8
  %49 = load ptr, ptr %14, align 8
  %50 = call i32 (i32, ...) %49(i32 noundef 2, i32 noundef 1, i32 noundef 2)
  %51 = load i32, ptr @counter, align 4
  %52 = add nsw i32 %51, %50
  store i32 %52, ptr @counter, align 4
  br label %53

53:                                               ; preds = %67, %43
  %54 = load i32, ptr %4, align 4
  %55 = icmp sgt i32 %54, 100
  br i1 %55, label %56, label %59

56:                                               ; preds = %53
  %57 = load i32, ptr @counter, align 4
  %58 = icmp ne i32 %57, 0
  br label %59

59:                                               ; preds = %56, %53
  %60 = phi i1 [ false, %53 ], [ %58, %56 ]
  br i1 %60, label %61, label %68

61:                                               ; preds = %59
  %62 = load i32, ptr @counter, align 4
  %63 = add nsw i32 %62, -1
  store i32 %63, ptr @counter, align 4
  %64 = load i32, ptr @counter, align 4
  %65 = icmp eq i32 %64, 3
  br i1 %65, label %66, label %67

66:                                               ; preds = %61
  br label %68

67:                                               ; preds = %61
  br label %53, !llvm.loop !6

68:                                               ; preds = %66, %59
  %69 = load i32, ptr %4, align 4
  %70 = icmp sgt i32 %69, 2
  br i1 %70, label %71, label %73

71:                                               ; preds = %68
  %72 = load i32, ptr %4, align 4
  br label %76

73:                                               ; preds = %68
  %74 = load i32, ptr %4, align 4
  %75 = sub nsw i32 0, %74
  br label %76

76:                                               ; preds = %73, %71
  %77 = phi i32 [ %72, %71 ], [ %75, %73 ]
  store i32 %77, ptr %15, align 4
  %78 = call i32 (i32, ...) @sum(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %79 = getelementptr inbounds nuw %struct.P, ptr %8, i32 0, i32 0
  %80 = load float, ptr %79, align 4
  %81 = fptosi float %80 to i32
  %82 = add nsw i32 %78, %81
  %83 = getelementptr inbounds nuw %struct.S, ptr %9, i32 0, i32 0
  %84 = load i32, ptr %83, align 8
  %85 = add nsw i32 %82, %84
  %86 = call i16 @sh(i16 noundef 1, i8 noundef 2)
  %87 = sext i16 %86 to i32
  %88 = add nsw i32 %85, %87
  %89 = load i32, ptr %15, align 4
  %90 = add nsw i32 %88, %89
  %91 = load fp128, ptr %11, align 16
  %92 = fptosi fp128 %91 to i32
  %93 = add nsw i32 %90, %92
  %94 = load i128, ptr %12, align 16
  %95 = ashr i128 %94, 70
  %96 = trunc i128 %95 to i32
  %97 = add nsw i32 %93, %96
  %98 = load i128, ptr %13, align 16
  %99 = and i128 %98, 1
  %100 = trunc i128 %99 to i32
  %101 = add nsw i32 %97, %100
  %102 = load i32, ptr @ext, align 4
  %103 = add nsw i32 %101, %102
  %104 = call align 4 ptr @llvm.threadlocal.address.p0(ptr align 4 @tl)
  %105 = load i32, ptr %104, align 4
  %106 = add nsw i32 %103, %105
  %107 = load i32, ptr @gu, align 4
  %108 = add nsw i32 %106, %107
  %109 = load i32, ptr getelementptr inbounds nuw (%struct.Pk, ptr @pk, i32 0, i32 1), align 1
  %110 = add nsw i32 %108, %109
  %111 = call i64 @ops(i64 noundef 1, i64 noundef 2, i32 noundef 3, i32 noundef 4)
  %112 = trunc i64 %111 to i32
  %113 = add nsw i32 %110, %112
  %114 = load ptr, ptr @msg, align 8
  %115 = getelementptr inbounds i8, ptr %114, i64 0
  %116 = load i8, ptr %115, align 1
  %117 = zext i8 %116 to i32
  %118 = add nsw i32 %113, %117
  store i32 %118, ptr %3, align 4
  store i32 1, ptr %10, align 4
  br label %119

119:                                              ; preds = %76, %42
  %120 = load ptr, ptr %6, align 8
  call void @llvm.stackrestore.p0(ptr %120)
  %121 = load i32, ptr %3, align 4
  ret i32 %121
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum(i32 noundef %0, ...) #0 {
  %2 = alloca i32, align 4
  %3 = alloca %struct.__va_list, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  call void @llvm.va_start.p0(ptr %3)
  store i32 0, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %30, %1
  %7 = load i32, ptr %5, align 4
  %8 = load i32, ptr %2, align 4
  %9 = icmp slt i32 %7, %8
  br i1 %9, label %10, label %33

10:                                               ; preds = %6
  %11 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 3
  %12 = load i32, ptr %11, align 8
  %13 = icmp sge i32 %12, 0
  br i1 %13, label %21, label %14

14:                                               ; preds = %10
  %15 = add i32 %12, 8
  store i32 %15, ptr %11, align 8
  %16 = icmp sle i32 %15, 0
  br i1 %16, label %17, label %21

17:                                               ; preds = %14
  %18 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 1
  %19 = load ptr, ptr %18, align 8
  %20 = getelementptr inbounds i8, ptr %19, i32 %12
  br label %25

21:                                               ; preds = %14, %10
  %22 = getelementptr inbounds nuw %struct.__va_list, ptr %3, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  %24 = getelementptr inbounds i8, ptr %23, i64 8
  store ptr %24, ptr %22, align 8
  br label %25

25:                                               ; preds = %21, %17
  %26 = phi ptr [ %20, %17 ], [ %23, %21 ]
  %27 = load i32, ptr %26, align 8
  %28 = load i32, ptr %4, align 4
  %29 = add nsw i32 %28, %27
  store i32 %29, ptr %4, align 4
  br label %30

30:                                               ; preds = %25
  %31 = load i32, ptr %5, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, ptr %5, align 4
  br label %6, !llvm.loop !8

33:                                               ; preds = %6
  call void @llvm.va_end.p0(ptr %3)
  %34 = load i32, ptr %4, align 4
  ret i32 %34
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare nonnull ptr @llvm.threadlocal.address.p0(ptr nonnull) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 1}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
