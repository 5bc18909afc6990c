; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@A = internal global [48 x [48 x i32]] zeroinitializer, align 16
@B = internal global [48 x [48 x i32]] zeroinitializer, align 16
@DA = internal global [48 x [48 x double]] zeroinitializer, align 16
@DB = internal global [48 x [48 x double]] zeroinitializer, align 16
@C = internal global [48 x [48 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [36 x i8] c"int trace %lld sum %lld c[3][5] %d\0A\00", align 1
@DC = internal global [48 x [48 x double]] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [31 x i8] c"dbl trace %.6f c[10][20] %.6f\0A\00", align 1
@__const.main.fm = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 16
@.str.2 = private unnamed_addr constant [20 x i8] c"fib1000 mod p %llu\0A\00", align 1
@__const.main.m4 = private unnamed_addr constant [4 x [4 x double]] [[4 x double] [double 2.000000e+00, double -1.000000e+00, double 0.000000e+00, double 3.000000e+00], [4 x double] [double 1.000000e+00, double 4.000000e+00, double 2.000000e+00, double -2.000000e+00], [4 x double] [double 0.000000e+00, double 5.000000e+00, double 1.000000e+00, double 1.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double -1.000000e+00, double 2.000000e+00]], align 16
@.str.3 = private unnamed_addr constant [10 x i8] c"det %.6f\0A\00", align 1
@__const.mpow2.r = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] [i64 0, i64 1]], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca [2 x [2 x i64]], align 16
  %11 = alloca [2 x [2 x i64]], align 16
  %12 = alloca [4 x [4 x double]], align 16
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %74, %0
  %14 = load i32, ptr %2, align 4
  %15 = icmp slt i32 %14, 48
  br i1 %15, label %16, label %77

16:                                               ; preds = %13
  store i32 0, ptr %3, align 4
  br label %17

17:                                               ; preds = %70, %16
  %18 = load i32, ptr %3, align 4
  %19 = icmp slt i32 %18, 48
  br i1 %19, label %20, label %73

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4
  %22 = mul nsw i32 %21, 7
  %23 = load i32, ptr %3, align 4
  %24 = mul nsw i32 %23, 3
  %25 = add nsw i32 %22, %24
  %26 = srem i32 %25, 11
  %27 = sub nsw i32 %26, 5
  %28 = load i32, ptr %2, align 4
  %29 = getelementptr inbounds [48 x [48 x i32]], ptr @A, i32 0, i32 %28
  %30 = load i32, ptr %3, align 4
  %31 = getelementptr inbounds [48 x i32], ptr %29, i32 0, i32 %30
  store i32 %27, ptr %31, align 4
  %32 = load i32, ptr %2, align 4
  %33 = load i32, ptr %3, align 4
  %34 = xor i32 %32, %33
  %35 = srem i32 %34, 9
  %36 = sub nsw i32 %35, 4
  %37 = load i32, ptr %2, align 4
  %38 = getelementptr inbounds [48 x [48 x i32]], ptr @B, i32 0, i32 %37
  %39 = load i32, ptr %3, align 4
  %40 = getelementptr inbounds [48 x i32], ptr %38, i32 0, i32 %39
  store i32 %36, ptr %40, align 4
  %41 = load i32, ptr %2, align 4
  %42 = add nsw i32 %41, 1
  %43 = sitofp i32 %42 to double
  %44 = fmul double %43, 5.000000e-01
  %45 = load i32, ptr %3, align 4
  %46 = sitofp i32 %45 to double
  %47 = fmul double %46, 2.500000e-01
  %48 = fsub double %44, %47
  %49 = load i32, ptr %2, align 4
  %50 = getelementptr inbounds [48 x [48 x double]], ptr @DA, i32 0, i32 %49
  %51 = load i32, ptr %3, align 4
  %52 = getelementptr inbounds [48 x double], ptr %50, i32 0, i32 %51
  store double %48, ptr %52, align 8
  %53 = load i32, ptr %2, align 4
  %54 = load i32, ptr %3, align 4
  %55 = icmp eq i32 %53, %54
  br i1 %55, label %56, label %57

56:                                               ; preds = %20
  br label %64

57:                                               ; preds = %20
  %58 = load i32, ptr %2, align 4
  %59 = load i32, ptr %3, align 4
  %60 = add nsw i32 %58, %59
  %61 = add nsw i32 %60, 1
  %62 = sitofp i32 %61 to double
  %63 = fdiv double 1.000000e+00, %62
  br label %64

64:                                               ; preds = %57, %56
  %65 = phi double [ 2.000000e+00, %56 ], [ %63, %57 ]
  %66 = load i32, ptr %2, align 4
  %67 = getelementptr inbounds [48 x [48 x double]], ptr @DB, i32 0, i32 %66
  %68 = load i32, ptr %3, align 4
  %69 = getelementptr inbounds [48 x double], ptr %67, i32 0, i32 %68
  store double %65, ptr %69, align 8
  br label %70

70:                                               ; preds = %64
  %71 = load i32, ptr %3, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %3, align 4
  br label %17, !llvm.loop !2

73:                                               ; preds = %17
  br label %74

74:                                               ; preds = %73
  %75 = load i32, ptr %2, align 4
  %76 = add nsw i32 %75, 1
  store i32 %76, ptr %2, align 4
  br label %13, !llvm.loop !4

77:                                               ; preds = %13
  call void @imul(ptr noundef @A, ptr noundef @B, ptr noundef @C)
  store i64 0, ptr %4, align 8
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %78

78:                                               ; preds = %106, %77
  %79 = load i32, ptr %6, align 4
  %80 = icmp slt i32 %79, 48
  br i1 %80, label %81, label %109

81:                                               ; preds = %78
  %82 = load i32, ptr %6, align 4
  %83 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i32 0, i32 %82
  %84 = load i32, ptr %6, align 4
  %85 = getelementptr inbounds [48 x i32], ptr %83, i32 0, i32 %84
  %86 = load i32, ptr %85, align 4
  %87 = sext i32 %86 to i64
  %88 = load i64, ptr %4, align 8
  %89 = add nsw i64 %88, %87
  store i64 %89, ptr %4, align 8
  store i32 0, ptr %7, align 4
  br label %90

90:                                               ; preds = %102, %81
  %91 = load i32, ptr %7, align 4
  %92 = icmp slt i32 %91, 48
  br i1 %92, label %93, label %105

93:                                               ; preds = %90
  %94 = load i32, ptr %6, align 4
  %95 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i32 0, i32 %94
  %96 = load i32, ptr %7, align 4
  %97 = getelementptr inbounds [48 x i32], ptr %95, i32 0, i32 %96
  %98 = load i32, ptr %97, align 4
  %99 = sext i32 %98 to i64
  %100 = load i64, ptr %5, align 8
  %101 = add nsw i64 %100, %99
  store i64 %101, ptr %5, align 8
  br label %102

102:                                              ; preds = %93
  %103 = load i32, ptr %7, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %7, align 4
  br label %90, !llvm.loop !5

105:                                              ; preds = %90
  br label %106

106:                                              ; preds = %105
  %107 = load i32, ptr %6, align 4
  %108 = add nsw i32 %107, 1
  store i32 %108, ptr %6, align 4
  br label %78, !llvm.loop !6

109:                                              ; preds = %78
  %110 = load i64, ptr %4, align 8
  %111 = load i64, ptr %5, align 8
  %112 = load i32, ptr getelementptr inbounds ([48 x i32], ptr getelementptr inbounds ([48 x [48 x i32]], ptr @C, i32 0, i32 3), i32 0, i32 5), align 4
  %113 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %110, i64 noundef %111, i32 noundef %112)
  call void @dmul_t(ptr noundef @DA, ptr noundef @DB, ptr noundef @DC)
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %114

114:                                              ; preds = %125, %109
  %115 = load i32, ptr %9, align 4
  %116 = icmp slt i32 %115, 48
  br i1 %116, label %117, label %128

117:                                              ; preds = %114
  %118 = load i32, ptr %9, align 4
  %119 = getelementptr inbounds [48 x [48 x double]], ptr @DC, i32 0, i32 %118
  %120 = load i32, ptr %9, align 4
  %121 = getelementptr inbounds [48 x double], ptr %119, i32 0, i32 %120
  %122 = load double, ptr %121, align 8
  %123 = load double, ptr %8, align 8
  %124 = fadd double %123, %122
  store double %124, ptr %8, align 8
  br label %125

125:                                              ; preds = %117
  %126 = load i32, ptr %9, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %9, align 4
  br label %114, !llvm.loop !7

128:                                              ; preds = %114
  %129 = load double, ptr %8, align 8
  %130 = load double, ptr getelementptr inbounds ([48 x double], ptr getelementptr inbounds ([48 x [48 x double]], ptr @DC, i32 0, i32 10), i32 0, i32 20), align 16
  %131 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %129, double noundef %130)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %10, ptr align 16 @__const.main.fm, i32 32, i1 false)
  %132 = getelementptr inbounds [2 x [2 x i64]], ptr %10, i32 0, i32 0
  %133 = getelementptr inbounds [2 x [2 x i64]], ptr %11, i32 0, i32 0
  call void @mpow2(ptr noundef %132, i32 noundef 1000, ptr noundef %133)
  %134 = getelementptr inbounds [2 x [2 x i64]], ptr %11, i32 0, i32 0
  %135 = getelementptr inbounds [2 x i64], ptr %134, i32 0, i32 1
  %136 = load i64, ptr %135, align 8
  %137 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %136)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %12, ptr align 16 @__const.main.m4, i32 128, i1 false)
  %138 = getelementptr inbounds [4 x [4 x double]], ptr %12, i32 0, i32 0
  %139 = call double @det(i32 noundef 4, ptr noundef %138)
  %140 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %139)
  %141 = load i64, ptr %4, align 8
  %142 = and i64 %141, 63
  %143 = trunc i64 %142 to i32
  ret i32 %143
}

; Function Attrs: noinline nounwind optnone
define internal void @imul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr %2, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %52, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 48
  br i1 %13, label %14, label %55

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %48, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 48
  br i1 %17, label %18, label %51

18:                                               ; preds = %15
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %38, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 48
  br i1 %21, label %22, label %41

22:                                               ; preds = %19
  %23 = load ptr, ptr %4, align 4
  %24 = load i32, ptr %7, align 4
  %25 = getelementptr inbounds [48 x i32], ptr %23, i32 %24
  %26 = load i32, ptr %10, align 4
  %27 = getelementptr inbounds [48 x i32], ptr %25, i32 0, i32 %26
  %28 = load i32, ptr %27, align 4
  %29 = load ptr, ptr %5, align 4
  %30 = load i32, ptr %10, align 4
  %31 = getelementptr inbounds [48 x i32], ptr %29, i32 %30
  %32 = load i32, ptr %8, align 4
  %33 = getelementptr inbounds [48 x i32], ptr %31, i32 0, i32 %32
  %34 = load i32, ptr %33, align 4
  %35 = mul nsw i32 %28, %34
  %36 = load i32, ptr %9, align 4
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %9, align 4
  br label %38

38:                                               ; preds = %22
  %39 = load i32, ptr %10, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %10, align 4
  br label %19, !llvm.loop !8

41:                                               ; preds = %19
  %42 = load i32, ptr %9, align 4
  %43 = load ptr, ptr %6, align 4
  %44 = load i32, ptr %7, align 4
  %45 = getelementptr inbounds [48 x i32], ptr %43, i32 %44
  %46 = load i32, ptr %8, align 4
  %47 = getelementptr inbounds [48 x i32], ptr %45, i32 0, i32 %46
  store i32 %42, ptr %47, align 4
  br label %48

48:                                               ; preds = %41
  %49 = load i32, ptr %8, align 4
  %50 = add nsw i32 %49, 1
  store i32 %50, ptr %8, align 4
  br label %15, !llvm.loop !9

51:                                               ; preds = %15
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %7, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %7, align 4
  br label %11, !llvm.loop !10

55:                                               ; preds = %11
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal void @dmul_t(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr %2, ptr %6, align 4
  %14 = call ptr @malloc(i32 noundef 18432) #4
  store ptr %14, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %38, %3
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 48
  br i1 %17, label %18, label %41

18:                                               ; preds = %15
  store i32 0, ptr %9, align 4
  br label %19

19:                                               ; preds = %34, %18
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %20, 48
  br i1 %21, label %22, label %37

22:                                               ; preds = %19
  %23 = load ptr, ptr %5, align 4
  %24 = load i32, ptr %8, align 4
  %25 = getelementptr inbounds [48 x double], ptr %23, i32 %24
  %26 = load i32, ptr %9, align 4
  %27 = getelementptr inbounds [48 x double], ptr %25, i32 0, i32 %26
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %7, align 4
  %30 = load i32, ptr %9, align 4
  %31 = getelementptr inbounds [48 x double], ptr %29, i32 %30
  %32 = load i32, ptr %8, align 4
  %33 = getelementptr inbounds [48 x double], ptr %31, i32 0, i32 %32
  store double %28, ptr %33, align 8
  br label %34

34:                                               ; preds = %22
  %35 = load i32, ptr %9, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %9, align 4
  br label %19, !llvm.loop !11

37:                                               ; preds = %19
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4
  br label %15, !llvm.loop !12

41:                                               ; preds = %15
  store i32 0, ptr %10, align 4
  br label %42

42:                                               ; preds = %83, %41
  %43 = load i32, ptr %10, align 4
  %44 = icmp slt i32 %43, 48
  br i1 %44, label %45, label %86

45:                                               ; preds = %42
  store i32 0, ptr %11, align 4
  br label %46

46:                                               ; preds = %79, %45
  %47 = load i32, ptr %11, align 4
  %48 = icmp slt i32 %47, 48
  br i1 %48, label %49, label %82

49:                                               ; preds = %46
  store double 0.000000e+00, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %50

50:                                               ; preds = %69, %49
  %51 = load i32, ptr %13, align 4
  %52 = icmp slt i32 %51, 48
  br i1 %52, label %53, label %72

53:                                               ; preds = %50
  %54 = load ptr, ptr %4, align 4
  %55 = load i32, ptr %10, align 4
  %56 = getelementptr inbounds [48 x double], ptr %54, i32 %55
  %57 = load i32, ptr %13, align 4
  %58 = getelementptr inbounds [48 x double], ptr %56, i32 0, i32 %57
  %59 = load double, ptr %58, align 8
  %60 = load ptr, ptr %7, align 4
  %61 = load i32, ptr %11, align 4
  %62 = getelementptr inbounds [48 x double], ptr %60, i32 %61
  %63 = load i32, ptr %13, align 4
  %64 = getelementptr inbounds [48 x double], ptr %62, i32 0, i32 %63
  %65 = load double, ptr %64, align 8
  %66 = fmul double %59, %65
  %67 = load double, ptr %12, align 8
  %68 = fadd double %67, %66
  store double %68, ptr %12, align 8
  br label %69

69:                                               ; preds = %53
  %70 = load i32, ptr %13, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %13, align 4
  br label %50, !llvm.loop !13

72:                                               ; preds = %50
  %73 = load double, ptr %12, align 8
  %74 = load ptr, ptr %6, align 4
  %75 = load i32, ptr %10, align 4
  %76 = getelementptr inbounds [48 x double], ptr %74, i32 %75
  %77 = load i32, ptr %11, align 4
  %78 = getelementptr inbounds [48 x double], ptr %76, i32 0, i32 %77
  store double %73, ptr %78, align 8
  br label %79

79:                                               ; preds = %72
  %80 = load i32, ptr %11, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %11, align 4
  br label %46, !llvm.loop !14

82:                                               ; preds = %46
  br label %83

83:                                               ; preds = %82
  %84 = load i32, ptr %10, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %10, align 4
  br label %42, !llvm.loop !15

86:                                               ; preds = %42
  %87 = load ptr, ptr %7, align 4
  call void @free(ptr noundef %87)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @mpow2(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  %7 = alloca [2 x [2 x i64]], align 16
  %8 = alloca [2 x [2 x i64]], align 16
  %9 = alloca [2 x [2 x i64]], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %7, ptr align 16 @__const.mpow2.r, i32 32, i1 false)
  %20 = load ptr, ptr %4, align 4
  %21 = getelementptr inbounds [2 x i64], ptr %20, i32 0
  %22 = getelementptr inbounds [2 x i64], ptr %21, i32 0, i32 0
  %23 = load i64, ptr %22, align 8
  store i64 %23, ptr %8, align 8
  %24 = getelementptr inbounds i64, ptr %8, i32 1
  %25 = load ptr, ptr %4, align 4
  %26 = getelementptr inbounds [2 x i64], ptr %25, i32 0
  %27 = getelementptr inbounds [2 x i64], ptr %26, i32 0, i32 1
  %28 = load i64, ptr %27, align 8
  store i64 %28, ptr %24, align 8
  %29 = getelementptr inbounds [2 x i64], ptr %8, i32 1
  %30 = load ptr, ptr %4, align 4
  %31 = getelementptr inbounds [2 x i64], ptr %30, i32 1
  %32 = getelementptr inbounds [2 x i64], ptr %31, i32 0, i32 0
  %33 = load i64, ptr %32, align 8
  store i64 %33, ptr %29, align 8
  %34 = getelementptr inbounds i64, ptr %29, i32 1
  %35 = load ptr, ptr %4, align 4
  %36 = getelementptr inbounds [2 x i64], ptr %35, i32 1
  %37 = getelementptr inbounds [2 x i64], ptr %36, i32 0, i32 1
  %38 = load i64, ptr %37, align 8
  store i64 %38, ptr %34, align 8
  br label %39

39:                                               ; preds = %177, %3
  %40 = load i32, ptr %5, align 4
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %180

42:                                               ; preds = %39
  %43 = load i32, ptr %5, align 4
  %44 = and i32 %43, 1
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %112

46:                                               ; preds = %42
  store i32 0, ptr %10, align 4
  br label %47

47:                                               ; preds = %83, %46
  %48 = load i32, ptr %10, align 4
  %49 = icmp slt i32 %48, 2
  br i1 %49, label %50, label %86

50:                                               ; preds = %47
  store i32 0, ptr %11, align 4
  br label %51

51:                                               ; preds = %79, %50
  %52 = load i32, ptr %11, align 4
  %53 = icmp slt i32 %52, 2
  br i1 %53, label %54, label %82

54:                                               ; preds = %51
  %55 = load i32, ptr %10, align 4
  %56 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i32 0, i32 %55
  %57 = getelementptr inbounds [2 x i64], ptr %56, i32 0, i32 0
  %58 = load i64, ptr %57, align 16
  %59 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 0
  %60 = load i32, ptr %11, align 4
  %61 = getelementptr inbounds [2 x i64], ptr %59, i32 0, i32 %60
  %62 = load i64, ptr %61, align 8
  %63 = mul i64 %58, %62
  %64 = load i32, ptr %10, align 4
  %65 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i32 0, i32 %64
  %66 = getelementptr inbounds [2 x i64], ptr %65, i32 0, i32 1
  %67 = load i64, ptr %66, align 8
  %68 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 1
  %69 = load i32, ptr %11, align 4
  %70 = getelementptr inbounds [2 x i64], ptr %68, i32 0, i32 %69
  %71 = load i64, ptr %70, align 8
  %72 = mul i64 %67, %71
  %73 = add i64 %63, %72
  %74 = urem i64 %73, 1000000007
  %75 = load i32, ptr %10, align 4
  %76 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i32 0, i32 %75
  %77 = load i32, ptr %11, align 4
  %78 = getelementptr inbounds [2 x i64], ptr %76, i32 0, i32 %77
  store i64 %74, ptr %78, align 8
  br label %79

79:                                               ; preds = %54
  %80 = load i32, ptr %11, align 4
  %81 = add nsw i32 %80, 1
  store i32 %81, ptr %11, align 4
  br label %51, !llvm.loop !16

82:                                               ; preds = %51
  br label %83

83:                                               ; preds = %82
  %84 = load i32, ptr %10, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %10, align 4
  br label %47, !llvm.loop !17

86:                                               ; preds = %47
  store i32 0, ptr %12, align 4
  br label %87

87:                                               ; preds = %108, %86
  %88 = load i32, ptr %12, align 4
  %89 = icmp slt i32 %88, 2
  br i1 %89, label %90, label %111

90:                                               ; preds = %87
  store i32 0, ptr %13, align 4
  br label %91

91:                                               ; preds = %104, %90
  %92 = load i32, ptr %13, align 4
  %93 = icmp slt i32 %92, 2
  br i1 %93, label %94, label %107

94:                                               ; preds = %91
  %95 = load i32, ptr %12, align 4
  %96 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i32 0, i32 %95
  %97 = load i32, ptr %13, align 4
  %98 = getelementptr inbounds [2 x i64], ptr %96, i32 0, i32 %97
  %99 = load i64, ptr %98, align 8
  %100 = load i32, ptr %12, align 4
  %101 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i32 0, i32 %100
  %102 = load i32, ptr %13, align 4
  %103 = getelementptr inbounds [2 x i64], ptr %101, i32 0, i32 %102
  store i64 %99, ptr %103, align 8
  br label %104

104:                                              ; preds = %94
  %105 = load i32, ptr %13, align 4
  %106 = add nsw i32 %105, 1
  store i32 %106, ptr %13, align 4
  br label %91, !llvm.loop !18

107:                                              ; preds = %91
  br label %108

108:                                              ; preds = %107
  %109 = load i32, ptr %12, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, ptr %12, align 4
  br label %87, !llvm.loop !19

111:                                              ; preds = %87
  br label %112

112:                                              ; preds = %111, %42
  store i32 0, ptr %14, align 4
  br label %113

113:                                              ; preds = %149, %112
  %114 = load i32, ptr %14, align 4
  %115 = icmp slt i32 %114, 2
  br i1 %115, label %116, label %152

116:                                              ; preds = %113
  store i32 0, ptr %15, align 4
  br label %117

117:                                              ; preds = %145, %116
  %118 = load i32, ptr %15, align 4
  %119 = icmp slt i32 %118, 2
  br i1 %119, label %120, label %148

120:                                              ; preds = %117
  %121 = load i32, ptr %14, align 4
  %122 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 %121
  %123 = getelementptr inbounds [2 x i64], ptr %122, i32 0, i32 0
  %124 = load i64, ptr %123, align 16
  %125 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 0
  %126 = load i32, ptr %15, align 4
  %127 = getelementptr inbounds [2 x i64], ptr %125, i32 0, i32 %126
  %128 = load i64, ptr %127, align 8
  %129 = mul i64 %124, %128
  %130 = load i32, ptr %14, align 4
  %131 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 %130
  %132 = getelementptr inbounds [2 x i64], ptr %131, i32 0, i32 1
  %133 = load i64, ptr %132, align 8
  %134 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 1
  %135 = load i32, ptr %15, align 4
  %136 = getelementptr inbounds [2 x i64], ptr %134, i32 0, i32 %135
  %137 = load i64, ptr %136, align 8
  %138 = mul i64 %133, %137
  %139 = add i64 %129, %138
  %140 = urem i64 %139, 1000000007
  %141 = load i32, ptr %14, align 4
  %142 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i32 0, i32 %141
  %143 = load i32, ptr %15, align 4
  %144 = getelementptr inbounds [2 x i64], ptr %142, i32 0, i32 %143
  store i64 %140, ptr %144, align 8
  br label %145

145:                                              ; preds = %120
  %146 = load i32, ptr %15, align 4
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %15, align 4
  br label %117, !llvm.loop !20

148:                                              ; preds = %117
  br label %149

149:                                              ; preds = %148
  %150 = load i32, ptr %14, align 4
  %151 = add nsw i32 %150, 1
  store i32 %151, ptr %14, align 4
  br label %113, !llvm.loop !21

152:                                              ; preds = %113
  store i32 0, ptr %16, align 4
  br label %153

153:                                              ; preds = %174, %152
  %154 = load i32, ptr %16, align 4
  %155 = icmp slt i32 %154, 2
  br i1 %155, label %156, label %177

156:                                              ; preds = %153
  store i32 0, ptr %17, align 4
  br label %157

157:                                              ; preds = %170, %156
  %158 = load i32, ptr %17, align 4
  %159 = icmp slt i32 %158, 2
  br i1 %159, label %160, label %173

160:                                              ; preds = %157
  %161 = load i32, ptr %16, align 4
  %162 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i32 0, i32 %161
  %163 = load i32, ptr %17, align 4
  %164 = getelementptr inbounds [2 x i64], ptr %162, i32 0, i32 %163
  %165 = load i64, ptr %164, align 8
  %166 = load i32, ptr %16, align 4
  %167 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i32 0, i32 %166
  %168 = load i32, ptr %17, align 4
  %169 = getelementptr inbounds [2 x i64], ptr %167, i32 0, i32 %168
  store i64 %165, ptr %169, align 8
  br label %170

170:                                              ; preds = %160
  %171 = load i32, ptr %17, align 4
  %172 = add nsw i32 %171, 1
  store i32 %172, ptr %17, align 4
  br label %157, !llvm.loop !22

173:                                              ; preds = %157
  br label %174

174:                                              ; preds = %173
  %175 = load i32, ptr %16, align 4
  %176 = add nsw i32 %175, 1
  store i32 %176, ptr %16, align 4
  br label %153, !llvm.loop !23

177:                                              ; preds = %153
  %178 = load i32, ptr %5, align 4
  %179 = lshr i32 %178, 1
  store i32 %179, ptr %5, align 4
  br label %39, !llvm.loop !24

180:                                              ; preds = %39
  store i32 0, ptr %18, align 4
  br label %181

181:                                              ; preds = %203, %180
  %182 = load i32, ptr %18, align 4
  %183 = icmp slt i32 %182, 2
  br i1 %183, label %184, label %206

184:                                              ; preds = %181
  store i32 0, ptr %19, align 4
  br label %185

185:                                              ; preds = %199, %184
  %186 = load i32, ptr %19, align 4
  %187 = icmp slt i32 %186, 2
  br i1 %187, label %188, label %202

188:                                              ; preds = %185
  %189 = load i32, ptr %18, align 4
  %190 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i32 0, i32 %189
  %191 = load i32, ptr %19, align 4
  %192 = getelementptr inbounds [2 x i64], ptr %190, i32 0, i32 %191
  %193 = load i64, ptr %192, align 8
  %194 = load ptr, ptr %6, align 4
  %195 = load i32, ptr %18, align 4
  %196 = getelementptr inbounds [2 x i64], ptr %194, i32 %195
  %197 = load i32, ptr %19, align 4
  %198 = getelementptr inbounds [2 x i64], ptr %196, i32 0, i32 %197
  store i64 %193, ptr %198, align 8
  br label %199

199:                                              ; preds = %188
  %200 = load i32, ptr %19, align 4
  %201 = add nsw i32 %200, 1
  store i32 %201, ptr %19, align 4
  br label %185, !llvm.loop !25

202:                                              ; preds = %185
  br label %203

203:                                              ; preds = %202
  %204 = load i32, ptr %18, align 4
  %205 = add nsw i32 %204, 1
  store i32 %205, ptr %18, align 4
  br label %181, !llvm.loop !26

206:                                              ; preds = %181
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal double @det(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca double, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store double 1.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %189, %2
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %192

19:                                               ; preds = %15
  %20 = load i32, ptr %7, align 4
  store i32 %20, ptr %8, align 4
  %21 = load i32, ptr %7, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %9, align 4
  br label %23

23:                                               ; preds = %80, %19
  %24 = load i32, ptr %9, align 4
  %25 = load i32, ptr %4, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %83

27:                                               ; preds = %23
  %28 = load ptr, ptr %5, align 4
  %29 = load i32, ptr %9, align 4
  %30 = getelementptr inbounds [4 x double], ptr %28, i32 %29
  %31 = load i32, ptr %7, align 4
  %32 = getelementptr inbounds [4 x double], ptr %30, i32 0, i32 %31
  %33 = load double, ptr %32, align 8
  %34 = fcmp olt double %33, 0.000000e+00
  br i1 %34, label %35, label %43

35:                                               ; preds = %27
  %36 = load ptr, ptr %5, align 4
  %37 = load i32, ptr %9, align 4
  %38 = getelementptr inbounds [4 x double], ptr %36, i32 %37
  %39 = load i32, ptr %7, align 4
  %40 = getelementptr inbounds [4 x double], ptr %38, i32 0, i32 %39
  %41 = load double, ptr %40, align 8
  %42 = fneg double %41
  br label %50

43:                                               ; preds = %27
  %44 = load ptr, ptr %5, align 4
  %45 = load i32, ptr %9, align 4
  %46 = getelementptr inbounds [4 x double], ptr %44, i32 %45
  %47 = load i32, ptr %7, align 4
  %48 = getelementptr inbounds [4 x double], ptr %46, i32 0, i32 %47
  %49 = load double, ptr %48, align 8
  br label %50

50:                                               ; preds = %43, %35
  %51 = phi double [ %42, %35 ], [ %49, %43 ]
  %52 = load ptr, ptr %5, align 4
  %53 = load i32, ptr %8, align 4
  %54 = getelementptr inbounds [4 x double], ptr %52, i32 %53
  %55 = load i32, ptr %7, align 4
  %56 = getelementptr inbounds [4 x double], ptr %54, i32 0, i32 %55
  %57 = load double, ptr %56, align 8
  %58 = fcmp olt double %57, 0.000000e+00
  br i1 %58, label %59, label %67

59:                                               ; preds = %50
  %60 = load ptr, ptr %5, align 4
  %61 = load i32, ptr %8, align 4
  %62 = getelementptr inbounds [4 x double], ptr %60, i32 %61
  %63 = load i32, ptr %7, align 4
  %64 = getelementptr inbounds [4 x double], ptr %62, i32 0, i32 %63
  %65 = load double, ptr %64, align 8
  %66 = fneg double %65
  br label %74

67:                                               ; preds = %50
  %68 = load ptr, ptr %5, align 4
  %69 = load i32, ptr %8, align 4
  %70 = getelementptr inbounds [4 x double], ptr %68, i32 %69
  %71 = load i32, ptr %7, align 4
  %72 = getelementptr inbounds [4 x double], ptr %70, i32 0, i32 %71
  %73 = load double, ptr %72, align 8
  br label %74

74:                                               ; preds = %67, %59
  %75 = phi double [ %66, %59 ], [ %73, %67 ]
  %76 = fcmp ogt double %51, %75
  br i1 %76, label %77, label %79

77:                                               ; preds = %74
  %78 = load i32, ptr %9, align 4
  store i32 %78, ptr %8, align 4
  br label %79

79:                                               ; preds = %77, %74
  br label %80

80:                                               ; preds = %79
  %81 = load i32, ptr %9, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %9, align 4
  br label %23, !llvm.loop !27

83:                                               ; preds = %23
  %84 = load ptr, ptr %5, align 4
  %85 = load i32, ptr %8, align 4
  %86 = getelementptr inbounds [4 x double], ptr %84, i32 %85
  %87 = load i32, ptr %7, align 4
  %88 = getelementptr inbounds [4 x double], ptr %86, i32 0, i32 %87
  %89 = load double, ptr %88, align 8
  %90 = fcmp oeq double %89, 0.000000e+00
  br i1 %90, label %91, label %92

91:                                               ; preds = %83
  store double 0.000000e+00, ptr %3, align 8
  br label %194

92:                                               ; preds = %83
  %93 = load i32, ptr %8, align 4
  %94 = load i32, ptr %7, align 4
  %95 = icmp ne i32 %93, %94
  br i1 %95, label %96, label %131

96:                                               ; preds = %92
  store i32 0, ptr %10, align 4
  br label %97

97:                                               ; preds = %125, %96
  %98 = load i32, ptr %10, align 4
  %99 = load i32, ptr %4, align 4
  %100 = icmp slt i32 %98, %99
  br i1 %100, label %101, label %128

101:                                              ; preds = %97
  %102 = load ptr, ptr %5, align 4
  %103 = load i32, ptr %8, align 4
  %104 = getelementptr inbounds [4 x double], ptr %102, i32 %103
  %105 = load i32, ptr %10, align 4
  %106 = getelementptr inbounds [4 x double], ptr %104, i32 0, i32 %105
  %107 = load double, ptr %106, align 8
  store double %107, ptr %11, align 8
  %108 = load ptr, ptr %5, align 4
  %109 = load i32, ptr %7, align 4
  %110 = getelementptr inbounds [4 x double], ptr %108, i32 %109
  %111 = load i32, ptr %10, align 4
  %112 = getelementptr inbounds [4 x double], ptr %110, i32 0, i32 %111
  %113 = load double, ptr %112, align 8
  %114 = load ptr, ptr %5, align 4
  %115 = load i32, ptr %8, align 4
  %116 = getelementptr inbounds [4 x double], ptr %114, i32 %115
  %117 = load i32, ptr %10, align 4
  %118 = getelementptr inbounds [4 x double], ptr %116, i32 0, i32 %117
  store double %113, ptr %118, align 8
  %119 = load double, ptr %11, align 8
  %120 = load ptr, ptr %5, align 4
  %121 = load i32, ptr %7, align 4
  %122 = getelementptr inbounds [4 x double], ptr %120, i32 %121
  %123 = load i32, ptr %10, align 4
  %124 = getelementptr inbounds [4 x double], ptr %122, i32 0, i32 %123
  store double %119, ptr %124, align 8
  br label %125

125:                                              ; preds = %101
  %126 = load i32, ptr %10, align 4
  %127 = add nsw i32 %126, 1
  store i32 %127, ptr %10, align 4
  br label %97, !llvm.loop !28

128:                                              ; preds = %97
  %129 = load double, ptr %6, align 8
  %130 = fneg double %129
  store double %130, ptr %6, align 8
  br label %131

131:                                              ; preds = %128, %92
  %132 = load ptr, ptr %5, align 4
  %133 = load i32, ptr %7, align 4
  %134 = getelementptr inbounds [4 x double], ptr %132, i32 %133
  %135 = load i32, ptr %7, align 4
  %136 = getelementptr inbounds [4 x double], ptr %134, i32 0, i32 %135
  %137 = load double, ptr %136, align 8
  %138 = load double, ptr %6, align 8
  %139 = fmul double %138, %137
  store double %139, ptr %6, align 8
  %140 = load i32, ptr %7, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %12, align 4
  br label %142

142:                                              ; preds = %185, %131
  %143 = load i32, ptr %12, align 4
  %144 = load i32, ptr %4, align 4
  %145 = icmp slt i32 %143, %144
  br i1 %145, label %146, label %188

146:                                              ; preds = %142
  %147 = load ptr, ptr %5, align 4
  %148 = load i32, ptr %12, align 4
  %149 = getelementptr inbounds [4 x double], ptr %147, i32 %148
  %150 = load i32, ptr %7, align 4
  %151 = getelementptr inbounds [4 x double], ptr %149, i32 0, i32 %150
  %152 = load double, ptr %151, align 8
  %153 = load ptr, ptr %5, align 4
  %154 = load i32, ptr %7, align 4
  %155 = getelementptr inbounds [4 x double], ptr %153, i32 %154
  %156 = load i32, ptr %7, align 4
  %157 = getelementptr inbounds [4 x double], ptr %155, i32 0, i32 %156
  %158 = load double, ptr %157, align 8
  %159 = fdiv double %152, %158
  store double %159, ptr %13, align 8
  %160 = load i32, ptr %7, align 4
  store i32 %160, ptr %14, align 4
  br label %161

161:                                              ; preds = %181, %146
  %162 = load i32, ptr %14, align 4
  %163 = load i32, ptr %4, align 4
  %164 = icmp slt i32 %162, %163
  br i1 %164, label %165, label %184

165:                                              ; preds = %161
  %166 = load double, ptr %13, align 8
  %167 = load ptr, ptr %5, align 4
  %168 = load i32, ptr %7, align 4
  %169 = getelementptr inbounds [4 x double], ptr %167, i32 %168
  %170 = load i32, ptr %14, align 4
  %171 = getelementptr inbounds [4 x double], ptr %169, i32 0, i32 %170
  %172 = load double, ptr %171, align 8
  %173 = fmul double %166, %172
  %174 = load ptr, ptr %5, align 4
  %175 = load i32, ptr %12, align 4
  %176 = getelementptr inbounds [4 x double], ptr %174, i32 %175
  %177 = load i32, ptr %14, align 4
  %178 = getelementptr inbounds [4 x double], ptr %176, i32 0, i32 %177
  %179 = load double, ptr %178, align 8
  %180 = fsub double %179, %173
  store double %180, ptr %178, align 8
  br label %181

181:                                              ; preds = %165
  %182 = load i32, ptr %14, align 4
  %183 = add nsw i32 %182, 1
  store i32 %183, ptr %14, align 4
  br label %161, !llvm.loop !29

184:                                              ; preds = %161
  br label %185

185:                                              ; preds = %184
  %186 = load i32, ptr %12, align 4
  %187 = add nsw i32 %186, 1
  store i32 %187, ptr %12, align 4
  br label %142, !llvm.loop !30

188:                                              ; preds = %142
  br label %189

189:                                              ; preds = %188
  %190 = load i32, ptr %7, align 4
  %191 = add nsw i32 %190, 1
  store i32 %191, ptr %7, align 4
  br label %15, !llvm.loop !31

192:                                              ; preds = %15
  %193 = load double, ptr %6, align 8
  store double %193, ptr %3, align 8
  br label %194

194:                                              ; preds = %192, %91
  %195 = load double, ptr %3, align 8
  ret double %195
}

; Function Attrs: allocsize(0)
declare ptr @malloc(i32 noundef) #3

declare void @free(ptr noundef) #1

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { allocsize(0) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #4 = { allocsize(0) }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
!15 = distinct !{!15, !3}
!16 = distinct !{!16, !3}
!17 = distinct !{!17, !3}
!18 = distinct !{!18, !3}
!19 = distinct !{!19, !3}
!20 = distinct !{!20, !3}
!21 = distinct !{!21, !3}
!22 = distinct !{!22, !3}
!23 = distinct !{!23, !3}
!24 = distinct !{!24, !3}
!25 = distinct !{!25, !3}
!26 = distinct !{!26, !3}
!27 = distinct !{!27, !3}
!28 = distinct !{!28, !3}
!29 = distinct !{!29, !3}
!30 = distinct !{!30, !3}
!31 = distinct !{!31, !3}
