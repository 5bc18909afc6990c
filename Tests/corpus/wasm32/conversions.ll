; ModuleID = 'conversions.c'
source_filename = "conversions.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [43 x i8] c"u64 %llu -> %.1f -> %llu | f %.1f -> %llu\0A\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"s64 %lld -> %.1f -> %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"u32 %.1f %u %.1f %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"s32 %.1f %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"small %d %u %d %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"small2 %.1f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"round %.9g %.9g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"trunc-tz %lld %lld %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"sum %llu\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [7 x i64], align 16
  %3 = alloca i32, align 4
  %4 = alloca double, align 8
  %5 = alloca float, align 4
  %6 = alloca [5 x i64], align 16
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memset.p0.i32(ptr align 16 %2, i8 0, i32 56, i1 false)
  %11 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 1
  store i64 1, ptr %11, align 8
  %12 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 2
  store i64 9007199254740993, ptr %12, align 16
  %13 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 3
  store i64 -9223372036854775808, ptr %13, align 8
  %14 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 4
  store i64 -2048, ptr %14, align 16
  %15 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 5
  store i64 -6101065172474983726, ptr %15, align 8
  %16 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 6
  store i64 -9223372036854774783, ptr %16, align 16
  store i32 0, ptr %3, align 4
  br label %17

17:                                               ; preds = %46, %0
  %18 = load i32, ptr %3, align 4
  %19 = icmp slt i32 %18, 7
  br i1 %19, label %20, label %49

20:                                               ; preds = %17
  %21 = load i32, ptr %3, align 4
  %22 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 %21
  %23 = load i64, ptr %22, align 8
  %24 = call double @u64_to_d(i64 noundef %23)
  store double %24, ptr %4, align 8
  %25 = load i32, ptr %3, align 4
  %26 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 %25
  %27 = load i64, ptr %26, align 8
  %28 = call float @u64_to_f(i64 noundef %27)
  store float %28, ptr %5, align 4
  %29 = load i32, ptr %3, align 4
  %30 = getelementptr inbounds [7 x i64], ptr %2, i32 0, i32 %29
  %31 = load i64, ptr %30, align 8
  %32 = load double, ptr %4, align 8
  %33 = load double, ptr %4, align 8
  %34 = call i64 @d_to_u64(double noundef %33)
  %35 = load float, ptr %5, align 4
  %36 = fpext float %35 to double
  %37 = load float, ptr %5, align 4
  %38 = fcmp olt float %37, 0x43EF399B20000000
  br i1 %38, label %39, label %42

39:                                               ; preds = %20
  %40 = load float, ptr %5, align 4
  %41 = call i64 @f_to_u64(float noundef %40)
  br label %43

42:                                               ; preds = %20
  br label %43

43:                                               ; preds = %42, %39
  %44 = phi i64 [ %41, %39 ], [ 0, %42 ]
  %45 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %31, double noundef %32, i64 noundef %34, double noundef %36, i64 noundef %44)
  br label %46

46:                                               ; preds = %43
  %47 = load i32, ptr %3, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %3, align 4
  br label %17, !llvm.loop !2

49:                                               ; preds = %17
  call void @llvm.memset.p0.i32(ptr align 16 %6, i8 0, i32 40, i1 false)
  %50 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 0
  store i64 -9223372036854775808, ptr %50, align 16
  %51 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 1
  store i64 -1, ptr %51, align 8
  %52 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 3
  store i64 4503599627370497, ptr %52, align 8
  %53 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 4
  store i64 9223372036854774784, ptr %53, align 16
  store i32 0, ptr %7, align 4
  br label %54

54:                                               ; preds = %71, %49
  %55 = load i32, ptr %7, align 4
  %56 = icmp slt i32 %55, 5
  br i1 %56, label %57, label %74

57:                                               ; preds = %54
  %58 = load i32, ptr %7, align 4
  %59 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 %58
  %60 = load i64, ptr %59, align 8
  %61 = load i32, ptr %7, align 4
  %62 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 %61
  %63 = load i64, ptr %62, align 8
  %64 = call double @s64_to_d(i64 noundef %63)
  %65 = load i32, ptr %7, align 4
  %66 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 %65
  %67 = load i64, ptr %66, align 8
  %68 = call double @s64_to_d(i64 noundef %67)
  %69 = call i64 @d_to_s64(double noundef %68)
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %60, double noundef %64, i64 noundef %69)
  br label %71

71:                                               ; preds = %57
  %72 = load i32, ptr %7, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4
  br label %54, !llvm.loop !4

74:                                               ; preds = %54
  %75 = call float @u32_to_f(i32 noundef -1)
  %76 = fpext float %75 to double
  %77 = call i32 @f_to_u32(float noundef 0x41EFFFFFE0000000)
  %78 = call double @u32_to_d(i32 noundef -1)
  %79 = call i32 @d_to_u32(double noundef 0x41EFFFFFFFFCCCCD)
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %76, i32 noundef %77, double noundef %78, i32 noundef %79)
  %81 = call float @s32_to_f(i32 noundef -2147483648)
  %82 = fpext float %81 to double
  %83 = call i32 @f_to_s32(float noundef 0xC1E0000000000000)
  %84 = call i32 @f_to_s32(float noundef 0xC01F9999A0000000)
  %85 = call i32 @f_to_s32(float noundef 0x401F9999A0000000)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %82, i32 noundef %83, i32 noundef %84, i32 noundef %85)
  %87 = call signext i8 @d_to_s8(double noundef -1.289900e+02)
  %88 = sext i8 %87 to i32
  %89 = call zeroext i8 @d_to_u8(double noundef 2.555000e+02)
  %90 = zext i8 %89 to i32
  %91 = call signext i16 @f_to_s16(float noundef -3.276800e+04)
  %92 = sext i16 %91 to i32
  %93 = call zeroext i16 @f_to_u16(float noundef 6.553500e+04)
  %94 = zext i16 %93 to i32
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %88, i32 noundef %90, i32 noundef %92, i32 noundef %94)
  %96 = call double @s8_to_d(i8 noundef signext -100)
  %97 = call float @u16_to_f(i16 noundef zeroext -1)
  %98 = fpext float %97 to double
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %96, double noundef %98)
  %100 = call float @d_to_f(double noundef 1.000000e-01)
  %101 = fpext float %100 to double
  %102 = call float @d_to_f(double noundef 0x4170000010000000)
  %103 = fpext float %102 to double
  %104 = call double @f_to_d(float noundef 0x3FB99999A0000000)
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %101, double noundef %103, double noundef %104)
  %106 = call i64 @d_to_s64(double noundef -2.500000e+00)
  %107 = call i64 @d_to_s64(double noundef 2.500000e+00)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %106, i64 noundef %107, i32 noundef 0, i32 noundef 0)
  store i64 0, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %109

109:                                              ; preds = %122, %74
  %110 = load i32, ptr %9, align 4
  %111 = icmp ult i32 %110, 64
  br i1 %111, label %112, label %125

112:                                              ; preds = %109
  %113 = load i32, ptr %9, align 4
  %114 = zext i32 %113 to i64
  %115 = shl i64 1, %114
  %116 = call double @u64_to_d(i64 noundef %115)
  %117 = fmul double %116, 7.500000e-01
  store double %117, ptr %10, align 8
  %118 = load double, ptr %10, align 8
  %119 = call i64 @d_to_u64(double noundef %118)
  %120 = load i64, ptr %8, align 8
  %121 = add i64 %120, %119
  store i64 %121, ptr %8, align 8
  br label %122

122:                                              ; preds = %112
  %123 = load i32, ptr %9, align 4
  %124 = add i32 %123, 1
  store i32 %124, ptr %9, align 4
  br label %109, !llvm.loop !5

125:                                              ; preds = %109
  %126 = load i64, ptr %8, align 8
  %127 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %126)
  %128 = load i64, ptr %8, align 8
  %129 = and i64 %128, 127
  %130 = trunc i64 %129 to i32
  ret i32 %130
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal double @u64_to_d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal float @u64_to_f(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to float
  ret float %4
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal i64 @d_to_u64(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone
define internal i64 @f_to_u64(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone
define internal double @s64_to_d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal i64 @d_to_s64(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone
define internal float @u32_to_f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone
define internal i32 @f_to_u32(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal double @u32_to_d(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal i32 @d_to_u32(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal float @s32_to_f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sitofp i32 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone
define internal i32 @f_to_s32(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define internal signext i8 @d_to_s8(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i8 @d_to_u8(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone
define internal signext i16 @f_to_s16(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone
define internal zeroext i16 @f_to_u16(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone
define internal double @s8_to_d(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sitofp i8 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone
define internal float @u16_to_f(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = uitofp i16 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone
define internal float @d_to_f(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone
define internal double @f_to_d(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fpext float %3 to double
  ret double %4
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
