; ModuleID = 'matmul.c'
source_filename = "matmul.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@A = internal global [48 x [48 x i32]] zeroinitializer, align 4
@B = internal global [48 x [48 x i32]] zeroinitializer, align 4
@DA = internal global [48 x [48 x double]] zeroinitializer, align 8
@DB = internal global [48 x [48 x double]] zeroinitializer, align 8
@C = internal global [48 x [48 x i32]] zeroinitializer, align 4
@.str = private unnamed_addr constant [36 x i8] c"int trace %lld sum %lld c[3][5] %d\0A\00", align 1
@DC = internal global [48 x [48 x double]] zeroinitializer, align 8
@.str.1 = private unnamed_addr constant [31 x i8] c"dbl trace %.6f c[10][20] %.6f\0A\00", align 1
@__const.main.fm = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 1], [2 x i64] [i64 1, i64 0]], align 8
@.str.2 = private unnamed_addr constant [20 x i8] c"fib1000 mod p %llu\0A\00", align 1
@__const.main.m4 = private unnamed_addr constant [4 x [4 x double]] [[4 x double] [double 2.000000e+00, double -1.000000e+00, double 0.000000e+00, double 3.000000e+00], [4 x double] [double 1.000000e+00, double 4.000000e+00, double 2.000000e+00, double -2.000000e+00], [4 x double] [double 0.000000e+00, double 5.000000e+00, double 1.000000e+00, double 1.000000e+00], [4 x double] [double 3.000000e+00, double 0.000000e+00, double -1.000000e+00, double 2.000000e+00]], align 8
@.str.3 = private unnamed_addr constant [10 x i8] c"det %.6f\0A\00", align 1
@__const.mpow2.r = private unnamed_addr constant [2 x [2 x i64]] [[2 x i64] [i64 1, i64 0], [2 x i64] [i64 0, i64 1]], align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca double, align 8
  %9 = alloca i32, align 4
  %10 = alloca [2 x [2 x i64]], align 8
  %11 = alloca [2 x [2 x i64]], align 8
  %12 = alloca [4 x [4 x double]], align 8
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %13

13:                                               ; preds = %82, %0
  %14 = load i32, ptr %2, align 4
  %15 = icmp slt i32 %14, 48
  br i1 %15, label %16, label %85

16:                                               ; preds = %13
  store i32 0, ptr %3, align 4
  br label %17

17:                                               ; preds = %78, %16
  %18 = load i32, ptr %3, align 4
  %19 = icmp slt i32 %18, 48
  br i1 %19, label %20, label %81

20:                                               ; preds = %17
  %21 = load i32, ptr %2, align 4
  %22 = mul nsw i32 %21, 7
  %23 = load i32, ptr %3, align 4
  %24 = mul nsw i32 %23, 3
  %25 = add nsw i32 %22, %24
  %26 = srem i32 %25, 11
  %27 = sub nsw i32 %26, 5
  %28 = load i32, ptr %2, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [48 x [48 x i32]], ptr @A, i64 0, i64 %29
  %31 = load i32, ptr %3, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [48 x i32], ptr %30, i64 0, i64 %32
  store i32 %27, ptr %33, align 4
  %34 = load i32, ptr %2, align 4
  %35 = load i32, ptr %3, align 4
  %36 = xor i32 %34, %35
  %37 = srem i32 %36, 9
  %38 = sub nsw i32 %37, 4
  %39 = load i32, ptr %2, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [48 x [48 x i32]], ptr @B, i64 0, i64 %40
  %42 = load i32, ptr %3, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [48 x i32], ptr %41, i64 0, i64 %43
  store i32 %38, ptr %44, align 4
  %45 = load i32, ptr %2, align 4
  %46 = add nsw i32 %45, 1
  %47 = sitofp i32 %46 to double
  %48 = fmul double %47, 5.000000e-01
  %49 = load i32, ptr %3, align 4
  %50 = sitofp i32 %49 to double
  %51 = fmul double %50, 2.500000e-01
  %52 = fsub double %48, %51
  %53 = load i32, ptr %2, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [48 x [48 x double]], ptr @DA, i64 0, i64 %54
  %56 = load i32, ptr %3, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds [48 x double], ptr %55, i64 0, i64 %57
  store double %52, ptr %58, align 8
  %59 = load i32, ptr %2, align 4
  %60 = load i32, ptr %3, align 4
  %61 = icmp eq i32 %59, %60
  br i1 %61, label %62, label %63

62:                                               ; preds = %20
  br label %70

63:                                               ; preds = %20
  %64 = load i32, ptr %2, align 4
  %65 = load i32, ptr %3, align 4
  %66 = add nsw i32 %64, %65
  %67 = add nsw i32 %66, 1
  %68 = sitofp i32 %67 to double
  %69 = fdiv double 1.000000e+00, %68
  br label %70

70:                                               ; preds = %63, %62
  %71 = phi double [ 2.000000e+00, %62 ], [ %69, %63 ]
  %72 = load i32, ptr %2, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [48 x [48 x double]], ptr @DB, i64 0, i64 %73
  %75 = load i32, ptr %3, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [48 x double], ptr %74, i64 0, i64 %76
  store double %71, ptr %77, align 8
  br label %78

78:                                               ; preds = %70
  %79 = load i32, ptr %3, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %3, align 4
  br label %17, !llvm.loop !6

81:                                               ; preds = %17
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %2, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %2, align 4
  br label %13, !llvm.loop !8

85:                                               ; preds = %13
  call void @imul(ptr noundef @A, ptr noundef @B, ptr noundef @C)
  store i64 0, ptr %4, align 8
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %86

86:                                               ; preds = %118, %85
  %87 = load i32, ptr %6, align 4
  %88 = icmp slt i32 %87, 48
  br i1 %88, label %89, label %121

89:                                               ; preds = %86
  %90 = load i32, ptr %6, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i64 0, i64 %91
  %93 = load i32, ptr %6, align 4
  %94 = sext i32 %93 to i64
  %95 = getelementptr inbounds [48 x i32], ptr %92, i64 0, i64 %94
  %96 = load i32, ptr %95, align 4
  %97 = sext i32 %96 to i64
  %98 = load i64, ptr %4, align 8
  %99 = add nsw i64 %98, %97
  store i64 %99, ptr %4, align 8
  store i32 0, ptr %7, align 4
  br label %100

100:                                              ; preds = %114, %89
  %101 = load i32, ptr %7, align 4
  %102 = icmp slt i32 %101, 48
  br i1 %102, label %103, label %117

103:                                              ; preds = %100
  %104 = load i32, ptr %6, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [48 x [48 x i32]], ptr @C, i64 0, i64 %105
  %107 = load i32, ptr %7, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds [48 x i32], ptr %106, i64 0, i64 %108
  %110 = load i32, ptr %109, align 4
  %111 = sext i32 %110 to i64
  %112 = load i64, ptr %5, align 8
  %113 = add nsw i64 %112, %111
  store i64 %113, ptr %5, align 8
  br label %114

114:                                              ; preds = %103
  %115 = load i32, ptr %7, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %7, align 4
  br label %100, !llvm.loop !9

117:                                              ; preds = %100
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %6, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %6, align 4
  br label %86, !llvm.loop !10

121:                                              ; preds = %86
  %122 = load i64, ptr %4, align 8
  %123 = load i64, ptr %5, align 8
  %124 = load i32, ptr getelementptr inbounds ([48 x i32], ptr getelementptr inbounds ([48 x [48 x i32]], ptr @C, i64 0, i64 3), i64 0, i64 5), align 4
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %122, i64 noundef %123, i32 noundef %124)
  call void @dmul_t(ptr noundef @DA, ptr noundef @DB, ptr noundef @DC)
  store double 0.000000e+00, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %126

126:                                              ; preds = %139, %121
  %127 = load i32, ptr %9, align 4
  %128 = icmp slt i32 %127, 48
  br i1 %128, label %129, label %142

129:                                              ; preds = %126
  %130 = load i32, ptr %9, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [48 x [48 x double]], ptr @DC, i64 0, i64 %131
  %133 = load i32, ptr %9, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [48 x double], ptr %132, i64 0, i64 %134
  %136 = load double, ptr %135, align 8
  %137 = load double, ptr %8, align 8
  %138 = fadd double %137, %136
  store double %138, ptr %8, align 8
  br label %139

139:                                              ; preds = %129
  %140 = load i32, ptr %9, align 4
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %9, align 4
  br label %126, !llvm.loop !11

142:                                              ; preds = %126
  %143 = load double, ptr %8, align 8
  %144 = load double, ptr getelementptr inbounds ([48 x double], ptr getelementptr inbounds ([48 x [48 x double]], ptr @DC, i64 0, i64 10), i64 0, i64 20), align 8
  %145 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %143, double noundef %144)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 8 @__const.main.fm, i64 32, i1 false)
  %146 = getelementptr inbounds [2 x [2 x i64]], ptr %10, i64 0, i64 0
  %147 = getelementptr inbounds [2 x [2 x i64]], ptr %11, i64 0, i64 0
  call void @mpow2(ptr noundef %146, i32 noundef 1000, ptr noundef %147)
  %148 = getelementptr inbounds [2 x [2 x i64]], ptr %11, i64 0, i64 0
  %149 = getelementptr inbounds [2 x i64], ptr %148, i64 0, i64 1
  %150 = load i64, ptr %149, align 8
  %151 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %150)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %12, ptr align 8 @__const.main.m4, i64 128, i1 false)
  %152 = getelementptr inbounds [4 x [4 x double]], ptr %12, i64 0, i64 0
  %153 = call double @det(i32 noundef 4, ptr noundef %152)
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %153)
  %155 = load i64, ptr %4, align 8
  %156 = and i64 %155, 63
  %157 = trunc i64 %156 to i32
  ret i32 %157
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @imul(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %11

11:                                               ; preds = %58, %3
  %12 = load i32, ptr %7, align 4
  %13 = icmp slt i32 %12, 48
  br i1 %13, label %14, label %61

14:                                               ; preds = %11
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %54, %14
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 48
  br i1 %17, label %18, label %57

18:                                               ; preds = %15
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %19

19:                                               ; preds = %42, %18
  %20 = load i32, ptr %10, align 4
  %21 = icmp slt i32 %20, 48
  br i1 %21, label %22, label %45

22:                                               ; preds = %19
  %23 = load ptr, ptr %4, align 8
  %24 = load i32, ptr %7, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [48 x i32], ptr %23, i64 %25
  %27 = load i32, ptr %10, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [48 x i32], ptr %26, i64 0, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = load ptr, ptr %5, align 8
  %32 = load i32, ptr %10, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [48 x i32], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [48 x i32], ptr %34, i64 0, i64 %36
  %38 = load i32, ptr %37, align 4
  %39 = mul nsw i32 %30, %38
  %40 = load i32, ptr %9, align 4
  %41 = add nsw i32 %40, %39
  store i32 %41, ptr %9, align 4
  br label %42

42:                                               ; preds = %22
  %43 = load i32, ptr %10, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %10, align 4
  br label %19, !llvm.loop !12

45:                                               ; preds = %19
  %46 = load i32, ptr %9, align 4
  %47 = load ptr, ptr %6, align 8
  %48 = load i32, ptr %7, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [48 x i32], ptr %47, i64 %49
  %51 = load i32, ptr %8, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [48 x i32], ptr %50, i64 0, i64 %52
  store i32 %46, ptr %53, align 4
  br label %54

54:                                               ; preds = %45
  %55 = load i32, ptr %8, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, ptr %8, align 4
  br label %15, !llvm.loop !13

57:                                               ; preds = %15
  br label %58

58:                                               ; preds = %57
  %59 = load i32, ptr %7, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %7, align 4
  br label %11, !llvm.loop !14

61:                                               ; preds = %11
  ret void
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal void @dmul_t(ptr noundef %0, ptr noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca double, align 8
  %13 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %14 = call noalias ptr @malloc(i64 noundef 18432) #5
  store ptr %14, ptr %7, align 8
  store i32 0, ptr %8, align 4
  br label %15

15:                                               ; preds = %42, %3
  %16 = load i32, ptr %8, align 4
  %17 = icmp slt i32 %16, 48
  br i1 %17, label %18, label %45

18:                                               ; preds = %15
  store i32 0, ptr %9, align 4
  br label %19

19:                                               ; preds = %38, %18
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %20, 48
  br i1 %21, label %22, label %41

22:                                               ; preds = %19
  %23 = load ptr, ptr %5, align 8
  %24 = load i32, ptr %8, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [48 x double], ptr %23, i64 %25
  %27 = load i32, ptr %9, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [48 x double], ptr %26, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %7, align 8
  %32 = load i32, ptr %9, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [48 x double], ptr %31, i64 %33
  %35 = load i32, ptr %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [48 x double], ptr %34, i64 0, i64 %36
  store double %30, ptr %37, align 8
  br label %38

38:                                               ; preds = %22
  %39 = load i32, ptr %9, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %9, align 4
  br label %19, !llvm.loop !15

41:                                               ; preds = %19
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %8, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %8, align 4
  br label %15, !llvm.loop !16

45:                                               ; preds = %15
  store i32 0, ptr %10, align 4
  br label %46

46:                                               ; preds = %93, %45
  %47 = load i32, ptr %10, align 4
  %48 = icmp slt i32 %47, 48
  br i1 %48, label %49, label %96

49:                                               ; preds = %46
  store i32 0, ptr %11, align 4
  br label %50

50:                                               ; preds = %89, %49
  %51 = load i32, ptr %11, align 4
  %52 = icmp slt i32 %51, 48
  br i1 %52, label %53, label %92

53:                                               ; preds = %50
  store double 0.000000e+00, ptr %12, align 8
  store i32 0, ptr %13, align 4
  br label %54

54:                                               ; preds = %77, %53
  %55 = load i32, ptr %13, align 4
  %56 = icmp slt i32 %55, 48
  br i1 %56, label %57, label %80

57:                                               ; preds = %54
  %58 = load ptr, ptr %4, align 8
  %59 = load i32, ptr %10, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [48 x double], ptr %58, i64 %60
  %62 = load i32, ptr %13, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [48 x double], ptr %61, i64 0, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = load ptr, ptr %7, align 8
  %67 = load i32, ptr %11, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [48 x double], ptr %66, i64 %68
  %70 = load i32, ptr %13, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [48 x double], ptr %69, i64 0, i64 %71
  %73 = load double, ptr %72, align 8
  %74 = fmul double %65, %73
  %75 = load double, ptr %12, align 8
  %76 = fadd double %75, %74
  store double %76, ptr %12, align 8
  br label %77

77:                                               ; preds = %57
  %78 = load i32, ptr %13, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %13, align 4
  br label %54, !llvm.loop !17

80:                                               ; preds = %54
  %81 = load double, ptr %12, align 8
  %82 = load ptr, ptr %6, align 8
  %83 = load i32, ptr %10, align 4
  %84 = sext i32 %83 to i64
  %85 = getelementptr inbounds [48 x double], ptr %82, i64 %84
  %86 = load i32, ptr %11, align 4
  %87 = sext i32 %86 to i64
  %88 = getelementptr inbounds [48 x double], ptr %85, i64 0, i64 %87
  store double %81, ptr %88, align 8
  br label %89

89:                                               ; preds = %80
  %90 = load i32, ptr %11, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %11, align 4
  br label %50, !llvm.loop !18

92:                                               ; preds = %50
  br label %93

93:                                               ; preds = %92
  %94 = load i32, ptr %10, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %10, align 4
  br label %46, !llvm.loop !19

96:                                               ; preds = %46
  %97 = load ptr, ptr %7, align 8
  call void @free(ptr noundef %97) #6
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal void @mpow2(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca [2 x [2 x i64]], align 8
  %8 = alloca [2 x [2 x i64]], align 8
  %9 = alloca [2 x [2 x i64]], align 8
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
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store ptr %2, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %7, ptr align 8 @__const.mpow2.r, i64 32, i1 false)
  %20 = load ptr, ptr %4, align 8
  %21 = getelementptr inbounds [2 x i64], ptr %20, i64 0
  %22 = getelementptr inbounds [2 x i64], ptr %21, i64 0, i64 0
  %23 = load i64, ptr %22, align 8
  store i64 %23, ptr %8, align 8
  %24 = getelementptr inbounds i64, ptr %8, i64 1
  %25 = load ptr, ptr %4, align 8
  %26 = getelementptr inbounds [2 x i64], ptr %25, i64 0
  %27 = getelementptr inbounds [2 x i64], ptr %26, i64 0, i64 1
  %28 = load i64, ptr %27, align 8
  store i64 %28, ptr %24, align 8
  %29 = getelementptr inbounds [2 x i64], ptr %8, i64 1
  %30 = load ptr, ptr %4, align 8
  %31 = getelementptr inbounds [2 x i64], ptr %30, i64 1
  %32 = getelementptr inbounds [2 x i64], ptr %31, i64 0, i64 0
  %33 = load i64, ptr %32, align 8
  store i64 %33, ptr %29, align 8
  %34 = getelementptr inbounds i64, ptr %29, i64 1
  %35 = load ptr, ptr %4, align 8
  %36 = getelementptr inbounds [2 x i64], ptr %35, i64 1
  %37 = getelementptr inbounds [2 x i64], ptr %36, i64 0, i64 1
  %38 = load i64, ptr %37, align 8
  store i64 %38, ptr %34, align 8
  br label %39

39:                                               ; preds = %197, %3
  %40 = load i32, ptr %5, align 4
  %41 = icmp ne i32 %40, 0
  br i1 %41, label %42, label %200

42:                                               ; preds = %39
  %43 = load i32, ptr %5, align 4
  %44 = and i32 %43, 1
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %122

46:                                               ; preds = %42
  store i32 0, ptr %10, align 4
  br label %47

47:                                               ; preds = %89, %46
  %48 = load i32, ptr %10, align 4
  %49 = icmp slt i32 %48, 2
  br i1 %49, label %50, label %92

50:                                               ; preds = %47
  store i32 0, ptr %11, align 4
  br label %51

51:                                               ; preds = %85, %50
  %52 = load i32, ptr %11, align 4
  %53 = icmp slt i32 %52, 2
  br i1 %53, label %54, label %88

54:                                               ; preds = %51
  %55 = load i32, ptr %10, align 4
  %56 = sext i32 %55 to i64
  %57 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %56
  %58 = getelementptr inbounds [2 x i64], ptr %57, i64 0, i64 0
  %59 = load i64, ptr %58, align 8
  %60 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 0
  %61 = load i32, ptr %11, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [2 x i64], ptr %60, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8
  %65 = mul i64 %59, %64
  %66 = load i32, ptr %10, align 4
  %67 = sext i32 %66 to i64
  %68 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %67
  %69 = getelementptr inbounds [2 x i64], ptr %68, i64 0, i64 1
  %70 = load i64, ptr %69, align 8
  %71 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 1
  %72 = load i32, ptr %11, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [2 x i64], ptr %71, i64 0, i64 %73
  %75 = load i64, ptr %74, align 8
  %76 = mul i64 %70, %75
  %77 = add i64 %65, %76
  %78 = urem i64 %77, 1000000007
  %79 = load i32, ptr %10, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 %80
  %82 = load i32, ptr %11, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [2 x i64], ptr %81, i64 0, i64 %83
  store i64 %78, ptr %84, align 8
  br label %85

85:                                               ; preds = %54
  %86 = load i32, ptr %11, align 4
  %87 = add nsw i32 %86, 1
  store i32 %87, ptr %11, align 4
  br label %51, !llvm.loop !20

88:                                               ; preds = %51
  br label %89

89:                                               ; preds = %88
  %90 = load i32, ptr %10, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, ptr %10, align 4
  br label %47, !llvm.loop !21

92:                                               ; preds = %47
  store i32 0, ptr %12, align 4
  br label %93

93:                                               ; preds = %118, %92
  %94 = load i32, ptr %12, align 4
  %95 = icmp slt i32 %94, 2
  br i1 %95, label %96, label %121

96:                                               ; preds = %93
  store i32 0, ptr %13, align 4
  br label %97

97:                                               ; preds = %114, %96
  %98 = load i32, ptr %13, align 4
  %99 = icmp slt i32 %98, 2
  br i1 %99, label %100, label %117

100:                                              ; preds = %97
  %101 = load i32, ptr %12, align 4
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 %102
  %104 = load i32, ptr %13, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [2 x i64], ptr %103, i64 0, i64 %105
  %107 = load i64, ptr %106, align 8
  %108 = load i32, ptr %12, align 4
  %109 = sext i32 %108 to i64
  %110 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %109
  %111 = load i32, ptr %13, align 4
  %112 = sext i32 %111 to i64
  %113 = getelementptr inbounds [2 x i64], ptr %110, i64 0, i64 %112
  store i64 %107, ptr %113, align 8
  br label %114

114:                                              ; preds = %100
  %115 = load i32, ptr %13, align 4
  %116 = add nsw i32 %115, 1
  store i32 %116, ptr %13, align 4
  br label %97, !llvm.loop !22

117:                                              ; preds = %97
  br label %118

118:                                              ; preds = %117
  %119 = load i32, ptr %12, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %12, align 4
  br label %93, !llvm.loop !23

121:                                              ; preds = %93
  br label %122

122:                                              ; preds = %121, %42
  store i32 0, ptr %14, align 4
  br label %123

123:                                              ; preds = %165, %122
  %124 = load i32, ptr %14, align 4
  %125 = icmp slt i32 %124, 2
  br i1 %125, label %126, label %168

126:                                              ; preds = %123
  store i32 0, ptr %15, align 4
  br label %127

127:                                              ; preds = %161, %126
  %128 = load i32, ptr %15, align 4
  %129 = icmp slt i32 %128, 2
  br i1 %129, label %130, label %164

130:                                              ; preds = %127
  %131 = load i32, ptr %14, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 %132
  %134 = getelementptr inbounds [2 x i64], ptr %133, i64 0, i64 0
  %135 = load i64, ptr %134, align 8
  %136 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 0
  %137 = load i32, ptr %15, align 4
  %138 = sext i32 %137 to i64
  %139 = getelementptr inbounds [2 x i64], ptr %136, i64 0, i64 %138
  %140 = load i64, ptr %139, align 8
  %141 = mul i64 %135, %140
  %142 = load i32, ptr %14, align 4
  %143 = sext i32 %142 to i64
  %144 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 %143
  %145 = getelementptr inbounds [2 x i64], ptr %144, i64 0, i64 1
  %146 = load i64, ptr %145, align 8
  %147 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 1
  %148 = load i32, ptr %15, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [2 x i64], ptr %147, i64 0, i64 %149
  %151 = load i64, ptr %150, align 8
  %152 = mul i64 %146, %151
  %153 = add i64 %141, %152
  %154 = urem i64 %153, 1000000007
  %155 = load i32, ptr %14, align 4
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 %156
  %158 = load i32, ptr %15, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [2 x i64], ptr %157, i64 0, i64 %159
  store i64 %154, ptr %160, align 8
  br label %161

161:                                              ; preds = %130
  %162 = load i32, ptr %15, align 4
  %163 = add nsw i32 %162, 1
  store i32 %163, ptr %15, align 4
  br label %127, !llvm.loop !24

164:                                              ; preds = %127
  br label %165

165:                                              ; preds = %164
  %166 = load i32, ptr %14, align 4
  %167 = add nsw i32 %166, 1
  store i32 %167, ptr %14, align 4
  br label %123, !llvm.loop !25

168:                                              ; preds = %123
  store i32 0, ptr %16, align 4
  br label %169

169:                                              ; preds = %194, %168
  %170 = load i32, ptr %16, align 4
  %171 = icmp slt i32 %170, 2
  br i1 %171, label %172, label %197

172:                                              ; preds = %169
  store i32 0, ptr %17, align 4
  br label %173

173:                                              ; preds = %190, %172
  %174 = load i32, ptr %17, align 4
  %175 = icmp slt i32 %174, 2
  br i1 %175, label %176, label %193

176:                                              ; preds = %173
  %177 = load i32, ptr %16, align 4
  %178 = sext i32 %177 to i64
  %179 = getelementptr inbounds [2 x [2 x i64]], ptr %9, i64 0, i64 %178
  %180 = load i32, ptr %17, align 4
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [2 x i64], ptr %179, i64 0, i64 %181
  %183 = load i64, ptr %182, align 8
  %184 = load i32, ptr %16, align 4
  %185 = sext i32 %184 to i64
  %186 = getelementptr inbounds [2 x [2 x i64]], ptr %8, i64 0, i64 %185
  %187 = load i32, ptr %17, align 4
  %188 = sext i32 %187 to i64
  %189 = getelementptr inbounds [2 x i64], ptr %186, i64 0, i64 %188
  store i64 %183, ptr %189, align 8
  br label %190

190:                                              ; preds = %176
  %191 = load i32, ptr %17, align 4
  %192 = add nsw i32 %191, 1
  store i32 %192, ptr %17, align 4
  br label %173, !llvm.loop !26

193:                                              ; preds = %173
  br label %194

194:                                              ; preds = %193
  %195 = load i32, ptr %16, align 4
  %196 = add nsw i32 %195, 1
  store i32 %196, ptr %16, align 4
  br label %169, !llvm.loop !27

197:                                              ; preds = %169
  %198 = load i32, ptr %5, align 4
  %199 = lshr i32 %198, 1
  store i32 %199, ptr %5, align 4
  br label %39, !llvm.loop !28

200:                                              ; preds = %39
  store i32 0, ptr %18, align 4
  br label %201

201:                                              ; preds = %227, %200
  %202 = load i32, ptr %18, align 4
  %203 = icmp slt i32 %202, 2
  br i1 %203, label %204, label %230

204:                                              ; preds = %201
  store i32 0, ptr %19, align 4
  br label %205

205:                                              ; preds = %223, %204
  %206 = load i32, ptr %19, align 4
  %207 = icmp slt i32 %206, 2
  br i1 %207, label %208, label %226

208:                                              ; preds = %205
  %209 = load i32, ptr %18, align 4
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [2 x [2 x i64]], ptr %7, i64 0, i64 %210
  %212 = load i32, ptr %19, align 4
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [2 x i64], ptr %211, i64 0, i64 %213
  %215 = load i64, ptr %214, align 8
  %216 = load ptr, ptr %6, align 8
  %217 = load i32, ptr %18, align 4
  %218 = sext i32 %217 to i64
  %219 = getelementptr inbounds [2 x i64], ptr %216, i64 %218
  %220 = load i32, ptr %19, align 4
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds [2 x i64], ptr %219, i64 0, i64 %221
  store i64 %215, ptr %222, align 8
  br label %223

223:                                              ; preds = %208
  %224 = load i32, ptr %19, align 4
  %225 = add nsw i32 %224, 1
  store i32 %225, ptr %19, align 4
  br label %205, !llvm.loop !29

226:                                              ; preds = %205
  br label %227

227:                                              ; preds = %226
  %228 = load i32, ptr %18, align 4
  %229 = add nsw i32 %228, 1
  store i32 %229, ptr %18, align 4
  br label %201, !llvm.loop !30

230:                                              ; preds = %201
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @det(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
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
  store ptr %1, ptr %5, align 8
  store double 1.000000e+00, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %15

15:                                               ; preds = %221, %2
  %16 = load i32, ptr %7, align 4
  %17 = load i32, ptr %4, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %224

19:                                               ; preds = %15
  %20 = load i32, ptr %7, align 4
  store i32 %20, ptr %8, align 4
  %21 = load i32, ptr %7, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %9, align 4
  br label %23

23:                                               ; preds = %92, %19
  %24 = load i32, ptr %9, align 4
  %25 = load i32, ptr %4, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %95

27:                                               ; preds = %23
  %28 = load ptr, ptr %5, align 8
  %29 = load i32, ptr %9, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [4 x double], ptr %28, i64 %30
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [4 x double], ptr %31, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = fcmp olt double %35, 0.000000e+00
  br i1 %36, label %37, label %47

37:                                               ; preds = %27
  %38 = load ptr, ptr %5, align 8
  %39 = load i32, ptr %9, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x double], ptr %38, i64 %40
  %42 = load i32, ptr %7, align 4
  %43 = sext i32 %42 to i64
  %44 = getelementptr inbounds [4 x double], ptr %41, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = fneg double %45
  br label %56

47:                                               ; preds = %27
  %48 = load ptr, ptr %5, align 8
  %49 = load i32, ptr %9, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [4 x double], ptr %48, i64 %50
  %52 = load i32, ptr %7, align 4
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [4 x double], ptr %51, i64 0, i64 %53
  %55 = load double, ptr %54, align 8
  br label %56

56:                                               ; preds = %47, %37
  %57 = phi double [ %46, %37 ], [ %55, %47 ]
  %58 = load ptr, ptr %5, align 8
  %59 = load i32, ptr %8, align 4
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [4 x double], ptr %58, i64 %60
  %62 = load i32, ptr %7, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [4 x double], ptr %61, i64 0, i64 %63
  %65 = load double, ptr %64, align 8
  %66 = fcmp olt double %65, 0.000000e+00
  br i1 %66, label %67, label %77

67:                                               ; preds = %56
  %68 = load ptr, ptr %5, align 8
  %69 = load i32, ptr %8, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [4 x double], ptr %68, i64 %70
  %72 = load i32, ptr %7, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [4 x double], ptr %71, i64 0, i64 %73
  %75 = load double, ptr %74, align 8
  %76 = fneg double %75
  br label %86

77:                                               ; preds = %56
  %78 = load ptr, ptr %5, align 8
  %79 = load i32, ptr %8, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [4 x double], ptr %78, i64 %80
  %82 = load i32, ptr %7, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [4 x double], ptr %81, i64 0, i64 %83
  %85 = load double, ptr %84, align 8
  br label %86

86:                                               ; preds = %77, %67
  %87 = phi double [ %76, %67 ], [ %85, %77 ]
  %88 = fcmp ogt double %57, %87
  br i1 %88, label %89, label %91

89:                                               ; preds = %86
  %90 = load i32, ptr %9, align 4
  store i32 %90, ptr %8, align 4
  br label %91

91:                                               ; preds = %89, %86
  br label %92

92:                                               ; preds = %91
  %93 = load i32, ptr %9, align 4
  %94 = add nsw i32 %93, 1
  store i32 %94, ptr %9, align 4
  br label %23, !llvm.loop !31

95:                                               ; preds = %23
  %96 = load ptr, ptr %5, align 8
  %97 = load i32, ptr %8, align 4
  %98 = sext i32 %97 to i64
  %99 = getelementptr inbounds [4 x double], ptr %96, i64 %98
  %100 = load i32, ptr %7, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [4 x double], ptr %99, i64 0, i64 %101
  %103 = load double, ptr %102, align 8
  %104 = fcmp oeq double %103, 0.000000e+00
  br i1 %104, label %105, label %106

105:                                              ; preds = %95
  store double 0.000000e+00, ptr %3, align 8
  br label %226

106:                                              ; preds = %95
  %107 = load i32, ptr %8, align 4
  %108 = load i32, ptr %7, align 4
  %109 = icmp ne i32 %107, %108
  br i1 %109, label %110, label %153

110:                                              ; preds = %106
  store i32 0, ptr %10, align 4
  br label %111

111:                                              ; preds = %147, %110
  %112 = load i32, ptr %10, align 4
  %113 = load i32, ptr %4, align 4
  %114 = icmp slt i32 %112, %113
  br i1 %114, label %115, label %150

115:                                              ; preds = %111
  %116 = load ptr, ptr %5, align 8
  %117 = load i32, ptr %8, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [4 x double], ptr %116, i64 %118
  %120 = load i32, ptr %10, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [4 x double], ptr %119, i64 0, i64 %121
  %123 = load double, ptr %122, align 8
  store double %123, ptr %11, align 8
  %124 = load ptr, ptr %5, align 8
  %125 = load i32, ptr %7, align 4
  %126 = sext i32 %125 to i64
  %127 = getelementptr inbounds [4 x double], ptr %124, i64 %126
  %128 = load i32, ptr %10, align 4
  %129 = sext i32 %128 to i64
  %130 = getelementptr inbounds [4 x double], ptr %127, i64 0, i64 %129
  %131 = load double, ptr %130, align 8
  %132 = load ptr, ptr %5, align 8
  %133 = load i32, ptr %8, align 4
  %134 = sext i32 %133 to i64
  %135 = getelementptr inbounds [4 x double], ptr %132, i64 %134
  %136 = load i32, ptr %10, align 4
  %137 = sext i32 %136 to i64
  %138 = getelementptr inbounds [4 x double], ptr %135, i64 0, i64 %137
  store double %131, ptr %138, align 8
  %139 = load double, ptr %11, align 8
  %140 = load ptr, ptr %5, align 8
  %141 = load i32, ptr %7, align 4
  %142 = sext i32 %141 to i64
  %143 = getelementptr inbounds [4 x double], ptr %140, i64 %142
  %144 = load i32, ptr %10, align 4
  %145 = sext i32 %144 to i64
  %146 = getelementptr inbounds [4 x double], ptr %143, i64 0, i64 %145
  store double %139, ptr %146, align 8
  br label %147

147:                                              ; preds = %115
  %148 = load i32, ptr %10, align 4
  %149 = add nsw i32 %148, 1
  store i32 %149, ptr %10, align 4
  br label %111, !llvm.loop !32

150:                                              ; preds = %111
  %151 = load double, ptr %6, align 8
  %152 = fneg double %151
  store double %152, ptr %6, align 8
  br label %153

153:                                              ; preds = %150, %106
  %154 = load ptr, ptr %5, align 8
  %155 = load i32, ptr %7, align 4
  %156 = sext i32 %155 to i64
  %157 = getelementptr inbounds [4 x double], ptr %154, i64 %156
  %158 = load i32, ptr %7, align 4
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [4 x double], ptr %157, i64 0, i64 %159
  %161 = load double, ptr %160, align 8
  %162 = load double, ptr %6, align 8
  %163 = fmul double %162, %161
  store double %163, ptr %6, align 8
  %164 = load i32, ptr %7, align 4
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %12, align 4
  br label %166

166:                                              ; preds = %217, %153
  %167 = load i32, ptr %12, align 4
  %168 = load i32, ptr %4, align 4
  %169 = icmp slt i32 %167, %168
  br i1 %169, label %170, label %220

170:                                              ; preds = %166
  %171 = load ptr, ptr %5, align 8
  %172 = load i32, ptr %12, align 4
  %173 = sext i32 %172 to i64
  %174 = getelementptr inbounds [4 x double], ptr %171, i64 %173
  %175 = load i32, ptr %7, align 4
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds [4 x double], ptr %174, i64 0, i64 %176
  %178 = load double, ptr %177, align 8
  %179 = load ptr, ptr %5, align 8
  %180 = load i32, ptr %7, align 4
  %181 = sext i32 %180 to i64
  %182 = getelementptr inbounds [4 x double], ptr %179, i64 %181
  %183 = load i32, ptr %7, align 4
  %184 = sext i32 %183 to i64
  %185 = getelementptr inbounds [4 x double], ptr %182, i64 0, i64 %184
  %186 = load double, ptr %185, align 8
  %187 = fdiv double %178, %186
  store double %187, ptr %13, align 8
  %188 = load i32, ptr %7, align 4
  store i32 %188, ptr %14, align 4
  br label %189

189:                                              ; preds = %213, %170
  %190 = load i32, ptr %14, align 4
  %191 = load i32, ptr %4, align 4
  %192 = icmp slt i32 %190, %191
  br i1 %192, label %193, label %216

193:                                              ; preds = %189
  %194 = load double, ptr %13, align 8
  %195 = load ptr, ptr %5, align 8
  %196 = load i32, ptr %7, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds [4 x double], ptr %195, i64 %197
  %199 = load i32, ptr %14, align 4
  %200 = sext i32 %199 to i64
  %201 = getelementptr inbounds [4 x double], ptr %198, i64 0, i64 %200
  %202 = load double, ptr %201, align 8
  %203 = fmul double %194, %202
  %204 = load ptr, ptr %5, align 8
  %205 = load i32, ptr %12, align 4
  %206 = sext i32 %205 to i64
  %207 = getelementptr inbounds [4 x double], ptr %204, i64 %206
  %208 = load i32, ptr %14, align 4
  %209 = sext i32 %208 to i64
  %210 = getelementptr inbounds [4 x double], ptr %207, i64 0, i64 %209
  %211 = load double, ptr %210, align 8
  %212 = fsub double %211, %203
  store double %212, ptr %210, align 8
  br label %213

213:                                              ; preds = %193
  %214 = load i32, ptr %14, align 4
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %14, align 4
  br label %189, !llvm.loop !33

216:                                              ; preds = %189
  br label %217

217:                                              ; preds = %216
  %218 = load i32, ptr %12, align 4
  %219 = add nsw i32 %218, 1
  store i32 %219, ptr %12, align 4
  br label %166, !llvm.loop !34

220:                                              ; preds = %166
  br label %221

221:                                              ; preds = %220
  %222 = load i32, ptr %7, align 4
  %223 = add nsw i32 %222, 1
  store i32 %223, ptr %7, align 4
  br label %15, !llvm.loop !35

224:                                              ; preds = %15
  %225 = load double, ptr %6, align 8
  store double %225, ptr %3, align 8
  br label %226

226:                                              ; preds = %224, %105
  %227 = load double, ptr %3, align 8
  ret double %227
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind allocsize(0) "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nounwind "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
