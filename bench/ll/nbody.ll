; ModuleID = 'nbody.c'
source_filename = "nbody.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.body = type { double, double, double, double, double, double, double }

@bodies = internal global [5 x %struct.body] [%struct.body { double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0.000000e+00, double 0x4043BD3CC9BE45DE }, %struct.body { double 0x40135DA0343CD92C, double 0xBFF290ABC01FDB7C, double 0xBFBA86F96C25EBF0, double 0x3FE367069B93CCBC, double 0x40067EF2F57D949B, double 0xBF99D2D79A5A0715, double 0x3FA34C95D9AB33D8 }, %struct.body { double 0x4020AFCDC332CA67, double 0x40107FCB31DE01B0, double 0xBFD9D353E1EB467C, double 0xBFF02C21B8879442, double 0x3FFD35E9BF1F8F13, double 0x3F813C485F1123B4, double 0x3F871D490D07C637 }, %struct.body { double 0x4029C9EACEA7D9CF, double 0xC02E38E8D626667E, double 0xBFCC9557BE257DA0, double 0x3FF1531CA9911BEF, double 0x3FEBCC7F3E54BBC5, double 0xBF862F6BFAF23E7C, double 0x3F5C3DD29CF41EB3 }, %struct.body { double 0x402EC267A905572A, double 0xC039EB5833C8A220, double 0x3FC6F1F393ABE540, double 0x3FEF54B61659BC4A, double 0x3FE307C631C4FBA3, double 0xBFA1CB88587665F6, double 0x3F60A8F3531799AC }], align 16
@.str = private unnamed_addr constant [38 x i8] c"nbody steps=%d e0=%.9f e1=%.9f ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca double, align 8
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  call void @offset_momentum(ptr noundef @bodies)
  %6 = call double @energy(ptr noundef @bodies)
  store double %6, ptr %2, align 8
  store i32 0, ptr %3, align 4
  br label %7

7:                                                ; preds = %11, %0
  %8 = load i32, ptr %3, align 4
  %9 = icmp slt i32 %8, 2000000
  br i1 %9, label %10, label %14

10:                                               ; preds = %7
  call void @advance(ptr noundef @bodies, double noundef 1.000000e-02)
  br label %11

11:                                               ; preds = %10
  %12 = load i32, ptr %3, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, ptr %3, align 4
  br label %7, !llvm.loop !6

14:                                               ; preds = %7
  %15 = call double @energy(ptr noundef @bodies)
  store double %15, ptr %4, align 8
  %16 = load double, ptr %4, align 8
  %17 = load double, ptr %2, align 8
  %18 = fsub double %16, %17
  %19 = call double @llvm.fabs.f64(double %18)
  %20 = fcmp olt double %19, 1.000000e-04
  %21 = zext i1 %20 to i32
  store i32 %21, ptr %5, align 4
  %22 = load double, ptr %2, align 8
  %23 = load double, ptr %4, align 8
  %24 = load i32, ptr %5, align 4
  %25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 2000000, double noundef %22, double noundef %23, i32 noundef %24)
  %26 = load i32, ptr %5, align 4
  %27 = icmp ne i32 %26, 0
  %28 = zext i1 %27 to i64
  %29 = select i1 %27, i32 0, i32 1
  ret i32 %29
}

; Function Attrs: noinline nounwind uwtable
define internal void @offset_momentum(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store double 0.000000e+00, ptr %4, align 8
  store double 0.000000e+00, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %53, %1
  %8 = load i32, ptr %6, align 4
  %9 = icmp slt i32 %8, 5
  br i1 %9, label %10, label %56

10:                                               ; preds = %7
  %11 = load ptr, ptr %2, align 8
  %12 = load i32, ptr %6, align 4
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds %struct.body, ptr %11, i64 %13
  %15 = getelementptr inbounds nuw %struct.body, ptr %14, i32 0, i32 3
  %16 = load double, ptr %15, align 8
  %17 = load ptr, ptr %2, align 8
  %18 = load i32, ptr %6, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds %struct.body, ptr %17, i64 %19
  %21 = getelementptr inbounds nuw %struct.body, ptr %20, i32 0, i32 6
  %22 = load double, ptr %21, align 8
  %23 = load double, ptr %3, align 8
  %24 = call double @llvm.fmuladd.f64(double %16, double %22, double %23)
  store double %24, ptr %3, align 8
  %25 = load ptr, ptr %2, align 8
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds %struct.body, ptr %25, i64 %27
  %29 = getelementptr inbounds nuw %struct.body, ptr %28, i32 0, i32 4
  %30 = load double, ptr %29, align 8
  %31 = load ptr, ptr %2, align 8
  %32 = load i32, ptr %6, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds %struct.body, ptr %31, i64 %33
  %35 = getelementptr inbounds nuw %struct.body, ptr %34, i32 0, i32 6
  %36 = load double, ptr %35, align 8
  %37 = load double, ptr %4, align 8
  %38 = call double @llvm.fmuladd.f64(double %30, double %36, double %37)
  store double %38, ptr %4, align 8
  %39 = load ptr, ptr %2, align 8
  %40 = load i32, ptr %6, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds %struct.body, ptr %39, i64 %41
  %43 = getelementptr inbounds nuw %struct.body, ptr %42, i32 0, i32 5
  %44 = load double, ptr %43, align 8
  %45 = load ptr, ptr %2, align 8
  %46 = load i32, ptr %6, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds %struct.body, ptr %45, i64 %47
  %49 = getelementptr inbounds nuw %struct.body, ptr %48, i32 0, i32 6
  %50 = load double, ptr %49, align 8
  %51 = load double, ptr %5, align 8
  %52 = call double @llvm.fmuladd.f64(double %44, double %50, double %51)
  store double %52, ptr %5, align 8
  br label %53

53:                                               ; preds = %10
  %54 = load i32, ptr %6, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %6, align 4
  br label %7, !llvm.loop !8

56:                                               ; preds = %7
  %57 = load double, ptr %3, align 8
  %58 = fneg double %57
  %59 = fdiv double %58, 0x4043BD3CC9BE45DE
  %60 = load ptr, ptr %2, align 8
  %61 = getelementptr inbounds %struct.body, ptr %60, i64 0
  %62 = getelementptr inbounds nuw %struct.body, ptr %61, i32 0, i32 3
  store double %59, ptr %62, align 8
  %63 = load double, ptr %4, align 8
  %64 = fneg double %63
  %65 = fdiv double %64, 0x4043BD3CC9BE45DE
  %66 = load ptr, ptr %2, align 8
  %67 = getelementptr inbounds %struct.body, ptr %66, i64 0
  %68 = getelementptr inbounds nuw %struct.body, ptr %67, i32 0, i32 4
  store double %65, ptr %68, align 8
  %69 = load double, ptr %5, align 8
  %70 = fneg double %69
  %71 = fdiv double %70, 0x4043BD3CC9BE45DE
  %72 = load ptr, ptr %2, align 8
  %73 = getelementptr inbounds %struct.body, ptr %72, i64 0
  %74 = getelementptr inbounds nuw %struct.body, ptr %73, i32 0, i32 5
  store double %71, ptr %74, align 8
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal double @energy(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca double, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca double, align 8
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  store ptr %0, ptr %2, align 8
  store double 0.000000e+00, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %9

9:                                                ; preds = %136, %1
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %10, 5
  br i1 %11, label %12, label %139

12:                                               ; preds = %9
  %13 = load ptr, ptr %2, align 8
  %14 = load i32, ptr %4, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.body, ptr %13, i64 %15
  %17 = getelementptr inbounds nuw %struct.body, ptr %16, i32 0, i32 6
  %18 = load double, ptr %17, align 8
  %19 = fmul double 5.000000e-01, %18
  %20 = load ptr, ptr %2, align 8
  %21 = load i32, ptr %4, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds %struct.body, ptr %20, i64 %22
  %24 = getelementptr inbounds nuw %struct.body, ptr %23, i32 0, i32 3
  %25 = load double, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = load i32, ptr %4, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds %struct.body, ptr %26, i64 %28
  %30 = getelementptr inbounds nuw %struct.body, ptr %29, i32 0, i32 3
  %31 = load double, ptr %30, align 8
  %32 = load ptr, ptr %2, align 8
  %33 = load i32, ptr %4, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds %struct.body, ptr %32, i64 %34
  %36 = getelementptr inbounds nuw %struct.body, ptr %35, i32 0, i32 4
  %37 = load double, ptr %36, align 8
  %38 = load ptr, ptr %2, align 8
  %39 = load i32, ptr %4, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds %struct.body, ptr %38, i64 %40
  %42 = getelementptr inbounds nuw %struct.body, ptr %41, i32 0, i32 4
  %43 = load double, ptr %42, align 8
  %44 = fmul double %37, %43
  %45 = call double @llvm.fmuladd.f64(double %25, double %31, double %44)
  %46 = load ptr, ptr %2, align 8
  %47 = load i32, ptr %4, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds %struct.body, ptr %46, i64 %48
  %50 = getelementptr inbounds nuw %struct.body, ptr %49, i32 0, i32 5
  %51 = load double, ptr %50, align 8
  %52 = load ptr, ptr %2, align 8
  %53 = load i32, ptr %4, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds %struct.body, ptr %52, i64 %54
  %56 = getelementptr inbounds nuw %struct.body, ptr %55, i32 0, i32 5
  %57 = load double, ptr %56, align 8
  %58 = call double @llvm.fmuladd.f64(double %51, double %57, double %45)
  %59 = load double, ptr %3, align 8
  %60 = call double @llvm.fmuladd.f64(double %19, double %58, double %59)
  store double %60, ptr %3, align 8
  %61 = load i32, ptr %4, align 4
  %62 = add nsw i32 %61, 1
  store i32 %62, ptr %5, align 4
  br label %63

63:                                               ; preds = %132, %12
  %64 = load i32, ptr %5, align 4
  %65 = icmp slt i32 %64, 5
  br i1 %65, label %66, label %135

66:                                               ; preds = %63
  %67 = load ptr, ptr %2, align 8
  %68 = load i32, ptr %4, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds %struct.body, ptr %67, i64 %69
  %71 = getelementptr inbounds nuw %struct.body, ptr %70, i32 0, i32 0
  %72 = load double, ptr %71, align 8
  %73 = load ptr, ptr %2, align 8
  %74 = load i32, ptr %5, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds %struct.body, ptr %73, i64 %75
  %77 = getelementptr inbounds nuw %struct.body, ptr %76, i32 0, i32 0
  %78 = load double, ptr %77, align 8
  %79 = fsub double %72, %78
  store double %79, ptr %6, align 8
  %80 = load ptr, ptr %2, align 8
  %81 = load i32, ptr %4, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds %struct.body, ptr %80, i64 %82
  %84 = getelementptr inbounds nuw %struct.body, ptr %83, i32 0, i32 1
  %85 = load double, ptr %84, align 8
  %86 = load ptr, ptr %2, align 8
  %87 = load i32, ptr %5, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds %struct.body, ptr %86, i64 %88
  %90 = getelementptr inbounds nuw %struct.body, ptr %89, i32 0, i32 1
  %91 = load double, ptr %90, align 8
  %92 = fsub double %85, %91
  store double %92, ptr %7, align 8
  %93 = load ptr, ptr %2, align 8
  %94 = load i32, ptr %4, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds %struct.body, ptr %93, i64 %95
  %97 = getelementptr inbounds nuw %struct.body, ptr %96, i32 0, i32 2
  %98 = load double, ptr %97, align 8
  %99 = load ptr, ptr %2, align 8
  %100 = load i32, ptr %5, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds %struct.body, ptr %99, i64 %101
  %103 = getelementptr inbounds nuw %struct.body, ptr %102, i32 0, i32 2
  %104 = load double, ptr %103, align 8
  %105 = fsub double %98, %104
  store double %105, ptr %8, align 8
  %106 = load ptr, ptr %2, align 8
  %107 = load i32, ptr %4, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds %struct.body, ptr %106, i64 %108
  %110 = getelementptr inbounds nuw %struct.body, ptr %109, i32 0, i32 6
  %111 = load double, ptr %110, align 8
  %112 = load ptr, ptr %2, align 8
  %113 = load i32, ptr %5, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds %struct.body, ptr %112, i64 %114
  %116 = getelementptr inbounds nuw %struct.body, ptr %115, i32 0, i32 6
  %117 = load double, ptr %116, align 8
  %118 = fmul double %111, %117
  %119 = load double, ptr %6, align 8
  %120 = load double, ptr %6, align 8
  %121 = load double, ptr %7, align 8
  %122 = load double, ptr %7, align 8
  %123 = fmul double %121, %122
  %124 = call double @llvm.fmuladd.f64(double %119, double %120, double %123)
  %125 = load double, ptr %8, align 8
  %126 = load double, ptr %8, align 8
  %127 = call double @llvm.fmuladd.f64(double %125, double %126, double %124)
  %128 = call double @sqrt(double noundef %127) #4
  %129 = fdiv double %118, %128
  %130 = load double, ptr %3, align 8
  %131 = fsub double %130, %129
  store double %131, ptr %3, align 8
  br label %132

132:                                              ; preds = %66
  %133 = load i32, ptr %5, align 4
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %5, align 4
  br label %63, !llvm.loop !9

135:                                              ; preds = %63
  br label %136

136:                                              ; preds = %135
  %137 = load i32, ptr %4, align 4
  %138 = add nsw i32 %137, 1
  store i32 %138, ptr %4, align 4
  br label %9, !llvm.loop !10

139:                                              ; preds = %9
  %140 = load double, ptr %3, align 8
  ret double %140
}

; Function Attrs: noinline nounwind uwtable
define internal void @advance(ptr noundef %0, double noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca double, align 8
  %11 = alloca double, align 8
  %12 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %13

13:                                               ; preds = %180, %2
  %14 = load i32, ptr %5, align 4
  %15 = icmp slt i32 %14, 5
  br i1 %15, label %16, label %183

16:                                               ; preds = %13
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %6, align 4
  br label %19

19:                                               ; preds = %176, %16
  %20 = load i32, ptr %6, align 4
  %21 = icmp slt i32 %20, 5
  br i1 %21, label %22, label %179

22:                                               ; preds = %19
  %23 = load ptr, ptr %3, align 8
  %24 = load i32, ptr %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds %struct.body, ptr %23, i64 %25
  %27 = getelementptr inbounds nuw %struct.body, ptr %26, i32 0, i32 0
  %28 = load double, ptr %27, align 8
  %29 = load ptr, ptr %3, align 8
  %30 = load i32, ptr %6, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds %struct.body, ptr %29, i64 %31
  %33 = getelementptr inbounds nuw %struct.body, ptr %32, i32 0, i32 0
  %34 = load double, ptr %33, align 8
  %35 = fsub double %28, %34
  store double %35, ptr %7, align 8
  %36 = load ptr, ptr %3, align 8
  %37 = load i32, ptr %5, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds %struct.body, ptr %36, i64 %38
  %40 = getelementptr inbounds nuw %struct.body, ptr %39, i32 0, i32 1
  %41 = load double, ptr %40, align 8
  %42 = load ptr, ptr %3, align 8
  %43 = load i32, ptr %6, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds %struct.body, ptr %42, i64 %44
  %46 = getelementptr inbounds nuw %struct.body, ptr %45, i32 0, i32 1
  %47 = load double, ptr %46, align 8
  %48 = fsub double %41, %47
  store double %48, ptr %8, align 8
  %49 = load ptr, ptr %3, align 8
  %50 = load i32, ptr %5, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds %struct.body, ptr %49, i64 %51
  %53 = getelementptr inbounds nuw %struct.body, ptr %52, i32 0, i32 2
  %54 = load double, ptr %53, align 8
  %55 = load ptr, ptr %3, align 8
  %56 = load i32, ptr %6, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds %struct.body, ptr %55, i64 %57
  %59 = getelementptr inbounds nuw %struct.body, ptr %58, i32 0, i32 2
  %60 = load double, ptr %59, align 8
  %61 = fsub double %54, %60
  store double %61, ptr %9, align 8
  %62 = load double, ptr %7, align 8
  %63 = load double, ptr %7, align 8
  %64 = load double, ptr %8, align 8
  %65 = load double, ptr %8, align 8
  %66 = fmul double %64, %65
  %67 = call double @llvm.fmuladd.f64(double %62, double %63, double %66)
  %68 = load double, ptr %9, align 8
  %69 = load double, ptr %9, align 8
  %70 = call double @llvm.fmuladd.f64(double %68, double %69, double %67)
  store double %70, ptr %10, align 8
  %71 = load double, ptr %4, align 8
  %72 = load double, ptr %10, align 8
  %73 = load double, ptr %10, align 8
  %74 = call double @sqrt(double noundef %73) #4
  %75 = fmul double %72, %74
  %76 = fdiv double %71, %75
  store double %76, ptr %11, align 8
  %77 = load double, ptr %7, align 8
  %78 = load ptr, ptr %3, align 8
  %79 = load i32, ptr %6, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds %struct.body, ptr %78, i64 %80
  %82 = getelementptr inbounds nuw %struct.body, ptr %81, i32 0, i32 6
  %83 = load double, ptr %82, align 8
  %84 = fmul double %77, %83
  %85 = load double, ptr %11, align 8
  %86 = load ptr, ptr %3, align 8
  %87 = load i32, ptr %5, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds %struct.body, ptr %86, i64 %88
  %90 = getelementptr inbounds nuw %struct.body, ptr %89, i32 0, i32 3
  %91 = load double, ptr %90, align 8
  %92 = fneg double %84
  %93 = call double @llvm.fmuladd.f64(double %92, double %85, double %91)
  store double %93, ptr %90, align 8
  %94 = load double, ptr %8, align 8
  %95 = load ptr, ptr %3, align 8
  %96 = load i32, ptr %6, align 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds %struct.body, ptr %95, i64 %97
  %99 = getelementptr inbounds nuw %struct.body, ptr %98, i32 0, i32 6
  %100 = load double, ptr %99, align 8
  %101 = fmul double %94, %100
  %102 = load double, ptr %11, align 8
  %103 = load ptr, ptr %3, align 8
  %104 = load i32, ptr %5, align 4
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds %struct.body, ptr %103, i64 %105
  %107 = getelementptr inbounds nuw %struct.body, ptr %106, i32 0, i32 4
  %108 = load double, ptr %107, align 8
  %109 = fneg double %101
  %110 = call double @llvm.fmuladd.f64(double %109, double %102, double %108)
  store double %110, ptr %107, align 8
  %111 = load double, ptr %9, align 8
  %112 = load ptr, ptr %3, align 8
  %113 = load i32, ptr %6, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds %struct.body, ptr %112, i64 %114
  %116 = getelementptr inbounds nuw %struct.body, ptr %115, i32 0, i32 6
  %117 = load double, ptr %116, align 8
  %118 = fmul double %111, %117
  %119 = load double, ptr %11, align 8
  %120 = load ptr, ptr %3, align 8
  %121 = load i32, ptr %5, align 4
  %122 = sext i32 %121 to i64
  %123 = getelementptr inbounds %struct.body, ptr %120, i64 %122
  %124 = getelementptr inbounds nuw %struct.body, ptr %123, i32 0, i32 5
  %125 = load double, ptr %124, align 8
  %126 = fneg double %118
  %127 = call double @llvm.fmuladd.f64(double %126, double %119, double %125)
  store double %127, ptr %124, align 8
  %128 = load double, ptr %7, align 8
  %129 = load ptr, ptr %3, align 8
  %130 = load i32, ptr %5, align 4
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds %struct.body, ptr %129, i64 %131
  %133 = getelementptr inbounds nuw %struct.body, ptr %132, i32 0, i32 6
  %134 = load double, ptr %133, align 8
  %135 = fmul double %128, %134
  %136 = load double, ptr %11, align 8
  %137 = load ptr, ptr %3, align 8
  %138 = load i32, ptr %6, align 4
  %139 = sext i32 %138 to i64
  %140 = getelementptr inbounds %struct.body, ptr %137, i64 %139
  %141 = getelementptr inbounds nuw %struct.body, ptr %140, i32 0, i32 3
  %142 = load double, ptr %141, align 8
  %143 = call double @llvm.fmuladd.f64(double %135, double %136, double %142)
  store double %143, ptr %141, align 8
  %144 = load double, ptr %8, align 8
  %145 = load ptr, ptr %3, align 8
  %146 = load i32, ptr %5, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds %struct.body, ptr %145, i64 %147
  %149 = getelementptr inbounds nuw %struct.body, ptr %148, i32 0, i32 6
  %150 = load double, ptr %149, align 8
  %151 = fmul double %144, %150
  %152 = load double, ptr %11, align 8
  %153 = load ptr, ptr %3, align 8
  %154 = load i32, ptr %6, align 4
  %155 = sext i32 %154 to i64
  %156 = getelementptr inbounds %struct.body, ptr %153, i64 %155
  %157 = getelementptr inbounds nuw %struct.body, ptr %156, i32 0, i32 4
  %158 = load double, ptr %157, align 8
  %159 = call double @llvm.fmuladd.f64(double %151, double %152, double %158)
  store double %159, ptr %157, align 8
  %160 = load double, ptr %9, align 8
  %161 = load ptr, ptr %3, align 8
  %162 = load i32, ptr %5, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds %struct.body, ptr %161, i64 %163
  %165 = getelementptr inbounds nuw %struct.body, ptr %164, i32 0, i32 6
  %166 = load double, ptr %165, align 8
  %167 = fmul double %160, %166
  %168 = load double, ptr %11, align 8
  %169 = load ptr, ptr %3, align 8
  %170 = load i32, ptr %6, align 4
  %171 = sext i32 %170 to i64
  %172 = getelementptr inbounds %struct.body, ptr %169, i64 %171
  %173 = getelementptr inbounds nuw %struct.body, ptr %172, i32 0, i32 5
  %174 = load double, ptr %173, align 8
  %175 = call double @llvm.fmuladd.f64(double %167, double %168, double %174)
  store double %175, ptr %173, align 8
  br label %176

176:                                              ; preds = %22
  %177 = load i32, ptr %6, align 4
  %178 = add nsw i32 %177, 1
  store i32 %178, ptr %6, align 4
  br label %19, !llvm.loop !11

179:                                              ; preds = %19
  br label %180

180:                                              ; preds = %179
  %181 = load i32, ptr %5, align 4
  %182 = add nsw i32 %181, 1
  store i32 %182, ptr %5, align 4
  br label %13, !llvm.loop !12

183:                                              ; preds = %13
  store i32 0, ptr %12, align 4
  br label %184

184:                                              ; preds = %230, %183
  %185 = load i32, ptr %12, align 4
  %186 = icmp slt i32 %185, 5
  br i1 %186, label %187, label %233

187:                                              ; preds = %184
  %188 = load double, ptr %4, align 8
  %189 = load ptr, ptr %3, align 8
  %190 = load i32, ptr %12, align 4
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds %struct.body, ptr %189, i64 %191
  %193 = getelementptr inbounds nuw %struct.body, ptr %192, i32 0, i32 3
  %194 = load double, ptr %193, align 8
  %195 = load ptr, ptr %3, align 8
  %196 = load i32, ptr %12, align 4
  %197 = sext i32 %196 to i64
  %198 = getelementptr inbounds %struct.body, ptr %195, i64 %197
  %199 = getelementptr inbounds nuw %struct.body, ptr %198, i32 0, i32 0
  %200 = load double, ptr %199, align 8
  %201 = call double @llvm.fmuladd.f64(double %188, double %194, double %200)
  store double %201, ptr %199, align 8
  %202 = load double, ptr %4, align 8
  %203 = load ptr, ptr %3, align 8
  %204 = load i32, ptr %12, align 4
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds %struct.body, ptr %203, i64 %205
  %207 = getelementptr inbounds nuw %struct.body, ptr %206, i32 0, i32 4
  %208 = load double, ptr %207, align 8
  %209 = load ptr, ptr %3, align 8
  %210 = load i32, ptr %12, align 4
  %211 = sext i32 %210 to i64
  %212 = getelementptr inbounds %struct.body, ptr %209, i64 %211
  %213 = getelementptr inbounds nuw %struct.body, ptr %212, i32 0, i32 1
  %214 = load double, ptr %213, align 8
  %215 = call double @llvm.fmuladd.f64(double %202, double %208, double %214)
  store double %215, ptr %213, align 8
  %216 = load double, ptr %4, align 8
  %217 = load ptr, ptr %3, align 8
  %218 = load i32, ptr %12, align 4
  %219 = sext i32 %218 to i64
  %220 = getelementptr inbounds %struct.body, ptr %217, i64 %219
  %221 = getelementptr inbounds nuw %struct.body, ptr %220, i32 0, i32 5
  %222 = load double, ptr %221, align 8
  %223 = load ptr, ptr %3, align 8
  %224 = load i32, ptr %12, align 4
  %225 = sext i32 %224 to i64
  %226 = getelementptr inbounds %struct.body, ptr %223, i64 %225
  %227 = getelementptr inbounds nuw %struct.body, ptr %226, i32 0, i32 2
  %228 = load double, ptr %227, align 8
  %229 = call double @llvm.fmuladd.f64(double %216, double %222, double %228)
  store double %229, ptr %227, align 8
  br label %230

230:                                              ; preds = %187
  %231 = load i32, ptr %12, align 4
  %232 = add nsw i32 %231, 1
  store i32 %232, ptr %12, align 4
  br label %184, !llvm.loop !13

233:                                              ; preds = %184
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #3

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
