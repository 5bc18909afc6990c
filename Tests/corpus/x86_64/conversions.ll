; ModuleID = 'conversions.c'
source_filename = "conversions.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [43 x i8] c"u64 %llu -> %.1f -> %llu | f %.1f -> %llu\0A\00", align 1
@.str.1 = private unnamed_addr constant [26 x i8] c"s64 %lld -> %.1f -> %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [21 x i8] c"u32 %.1f %u %.1f %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"s32 %.1f %d %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [19 x i8] c"small %d %u %d %u\0A\00", align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"small2 %.1f %.1f\0A\00", align 1
@.str.6 = private unnamed_addr constant [23 x i8] c"round %.9g %.9g %.17g\0A\00", align 1
@.str.7 = private unnamed_addr constant [26 x i8] c"trunc-tz %lld %lld %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"sum %llu\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
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
  call void @llvm.memset.p0.i64(ptr align 16 %2, i8 0, i64 56, i1 false)
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

17:                                               ; preds = %49, %0
  %18 = load i32, ptr %3, align 4
  %19 = icmp slt i32 %18, 7
  br i1 %19, label %20, label %52

20:                                               ; preds = %17
  %21 = load i32, ptr %3, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [7 x i64], ptr %2, i64 0, i64 %22
  %24 = load i64, ptr %23, align 8
  %25 = call double @u64_to_d(i64 noundef %24)
  store double %25, ptr %4, align 8
  %26 = load i32, ptr %3, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [7 x i64], ptr %2, i64 0, i64 %27
  %29 = load i64, ptr %28, align 8
  %30 = call float @u64_to_f(i64 noundef %29)
  store float %30, ptr %5, align 4
  %31 = load i32, ptr %3, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [7 x i64], ptr %2, i64 0, i64 %32
  %34 = load i64, ptr %33, align 8
  %35 = load double, ptr %4, align 8
  %36 = load double, ptr %4, align 8
  %37 = call i64 @d_to_u64(double noundef %36)
  %38 = load float, ptr %5, align 4
  %39 = fpext float %38 to double
  %40 = load float, ptr %5, align 4
  %41 = fcmp olt float %40, 0x43EF399B20000000
  br i1 %41, label %42, label %45

42:                                               ; preds = %20
  %43 = load float, ptr %5, align 4
  %44 = call i64 @f_to_u64(float noundef %43)
  br label %46

45:                                               ; preds = %20
  br label %46

46:                                               ; preds = %45, %42
  %47 = phi i64 [ %44, %42 ], [ 0, %45 ]
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %34, double noundef %35, i64 noundef %37, double noundef %39, i64 noundef %47)
  br label %49

49:                                               ; preds = %46
  %50 = load i32, ptr %3, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %3, align 4
  br label %17, !llvm.loop !6

52:                                               ; preds = %17
  call void @llvm.memset.p0.i64(ptr align 16 %6, i8 0, i64 40, i1 false)
  %53 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 0
  store i64 -9223372036854775808, ptr %53, align 16
  %54 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 1
  store i64 -1, ptr %54, align 8
  %55 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 3
  store i64 4503599627370497, ptr %55, align 8
  %56 = getelementptr inbounds [5 x i64], ptr %6, i32 0, i32 4
  store i64 9223372036854774784, ptr %56, align 16
  store i32 0, ptr %7, align 4
  br label %57

57:                                               ; preds = %77, %52
  %58 = load i32, ptr %7, align 4
  %59 = icmp slt i32 %58, 5
  br i1 %59, label %60, label %80

60:                                               ; preds = %57
  %61 = load i32, ptr %7, align 4
  %62 = sext i32 %61 to i64
  %63 = getelementptr inbounds [5 x i64], ptr %6, i64 0, i64 %62
  %64 = load i64, ptr %63, align 8
  %65 = load i32, ptr %7, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [5 x i64], ptr %6, i64 0, i64 %66
  %68 = load i64, ptr %67, align 8
  %69 = call double @s64_to_d(i64 noundef %68)
  %70 = load i32, ptr %7, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [5 x i64], ptr %6, i64 0, i64 %71
  %73 = load i64, ptr %72, align 8
  %74 = call double @s64_to_d(i64 noundef %73)
  %75 = call i64 @d_to_s64(double noundef %74)
  %76 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %64, double noundef %69, i64 noundef %75)
  br label %77

77:                                               ; preds = %60
  %78 = load i32, ptr %7, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %7, align 4
  br label %57, !llvm.loop !8

80:                                               ; preds = %57
  %81 = call float @u32_to_f(i32 noundef -1)
  %82 = fpext float %81 to double
  %83 = call i32 @f_to_u32(float noundef 0x41EFFFFFE0000000)
  %84 = call double @u32_to_d(i32 noundef -1)
  %85 = call i32 @d_to_u32(double noundef 0x41EFFFFFFFFCCCCD)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %82, i32 noundef %83, double noundef %84, i32 noundef %85)
  %87 = call float @s32_to_f(i32 noundef -2147483648)
  %88 = fpext float %87 to double
  %89 = call i32 @f_to_s32(float noundef 0xC1E0000000000000)
  %90 = call i32 @f_to_s32(float noundef 0xC01F9999A0000000)
  %91 = call i32 @f_to_s32(float noundef 0x401F9999A0000000)
  %92 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %88, i32 noundef %89, i32 noundef %90, i32 noundef %91)
  %93 = call signext i8 @d_to_s8(double noundef -1.289900e+02)
  %94 = sext i8 %93 to i32
  %95 = call zeroext i8 @d_to_u8(double noundef 2.555000e+02)
  %96 = zext i8 %95 to i32
  %97 = call signext i16 @f_to_s16(float noundef -3.276800e+04)
  %98 = sext i16 %97 to i32
  %99 = call zeroext i16 @f_to_u16(float noundef 6.553500e+04)
  %100 = zext i16 %99 to i32
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %94, i32 noundef %96, i32 noundef %98, i32 noundef %100)
  %102 = call double @s8_to_d(i8 noundef signext -100)
  %103 = call float @u16_to_f(i16 noundef zeroext -1)
  %104 = fpext float %103 to double
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, double noundef %102, double noundef %104)
  %106 = call float @d_to_f(double noundef 1.000000e-01)
  %107 = fpext float %106 to double
  %108 = call float @d_to_f(double noundef 0x4170000010000000)
  %109 = fpext float %108 to double
  %110 = call double @f_to_d(float noundef 0x3FB99999A0000000)
  %111 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, double noundef %107, double noundef %109, double noundef %110)
  %112 = call i64 @d_to_s64(double noundef -2.500000e+00)
  %113 = call i64 @d_to_s64(double noundef 2.500000e+00)
  %114 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %112, i64 noundef %113, i32 noundef 0, i32 noundef 0)
  store i64 0, ptr %8, align 8
  store i32 0, ptr %9, align 4
  br label %115

115:                                              ; preds = %128, %80
  %116 = load i32, ptr %9, align 4
  %117 = icmp ult i32 %116, 64
  br i1 %117, label %118, label %131

118:                                              ; preds = %115
  %119 = load i32, ptr %9, align 4
  %120 = zext i32 %119 to i64
  %121 = shl i64 1, %120
  %122 = call double @u64_to_d(i64 noundef %121)
  %123 = fmul double %122, 7.500000e-01
  store double %123, ptr %10, align 8
  %124 = load double, ptr %10, align 8
  %125 = call i64 @d_to_u64(double noundef %124)
  %126 = load i64, ptr %8, align 8
  %127 = add i64 %126, %125
  store i64 %127, ptr %8, align 8
  br label %128

128:                                              ; preds = %118
  %129 = load i32, ptr %9, align 4
  %130 = add i32 %129, 1
  store i32 %130, ptr %9, align 4
  br label %115, !llvm.loop !9

131:                                              ; preds = %115
  %132 = load i64, ptr %8, align 8
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %132)
  %134 = load i64, ptr %8, align 8
  %135 = and i64 %134, 127
  %136 = trunc i64 %135 to i32
  ret i32 %136
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal double @u64_to_d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u64_to_f(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = uitofp i64 %3 to float
  ret float %4
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d_to_u64(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @f_to_u64(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @s64_to_d(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = sitofp i64 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @d_to_s64(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i64
  ret i64 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u32_to_f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @f_to_u32(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @u32_to_d(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = uitofp i32 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @d_to_u32(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @s32_to_f(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = sitofp i32 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @f_to_s32(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i32
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i8 @d_to_s8(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptosi double %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i8 @d_to_u8(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i8
  ret i8 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal signext i16 @f_to_s16(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptosi float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal zeroext i16 @f_to_u16(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fptoui float %3 to i16
  ret i16 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @s8_to_d(i8 noundef signext %0) #0 {
  %2 = alloca i8, align 1
  store i8 %0, ptr %2, align 1
  %3 = load i8, ptr %2, align 1
  %4 = sitofp i8 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @u16_to_f(i16 noundef zeroext %0) #0 {
  %2 = alloca i16, align 2
  store i16 %0, ptr %2, align 2
  %3 = load i16, ptr %2, align 2
  %4 = uitofp i16 %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @d_to_f(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @f_to_d(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, ptr %2, align 4
  %3 = load float, ptr %2, align 4
  %4 = fpext float %3 to double
  ret double %4
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
