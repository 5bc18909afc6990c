; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [11 x i8] c"loop %lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"trace %d %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"pascal %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"harm %.6f size %u\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  %15 = alloca i64, align 8
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  br label %19

19:                                               ; preds = %51, %0
  %20 = load i32, ptr %3, align 4
  %21 = icmp sle i32 %20, 20
  br i1 %21, label %22, label %54

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4
  %24 = mul nsw i32 %23, 100
  %25 = zext i32 %24 to i64
  %26 = call ptr @llvm.stacksave.p0()
  store ptr %26, ptr %4, align 8
  %27 = alloca i32, i64 %25, align 4
  store i64 %25, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %28

28:                                               ; preds = %40, %22
  %29 = load i32, ptr %6, align 4
  %30 = load i32, ptr %3, align 4
  %31 = mul nsw i32 %30, 100
  %32 = icmp slt i32 %29, %31
  br i1 %32, label %33, label %43

33:                                               ; preds = %28
  %34 = load i32, ptr %6, align 4
  %35 = load i32, ptr %3, align 4
  %36 = xor i32 %34, %35
  %37 = load i32, ptr %6, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %27, i64 %38
  store i32 %36, ptr %39, align 4
  br label %40

40:                                               ; preds = %33
  %41 = load i32, ptr %6, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %6, align 4
  br label %28, !llvm.loop !6

43:                                               ; preds = %28
  %44 = load i32, ptr %3, align 4
  %45 = mul nsw i32 %44, 100
  %46 = call i32 @sum_vla(i32 noundef %45, ptr noundef %27)
  %47 = sext i32 %46 to i64
  %48 = load i64, ptr %2, align 8
  %49 = add nsw i64 %48, %47
  store i64 %49, ptr %2, align 8
  %50 = load ptr, ptr %4, align 8
  call void @llvm.stackrestore.p0(ptr %50)
  br label %51

51:                                               ; preds = %43
  %52 = load i32, ptr %3, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, ptr %3, align 4
  br label %19, !llvm.loop !8

54:                                               ; preds = %19
  %55 = load i64, ptr %2, align 8
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %55)
  store i32 1, ptr %7, align 4
  br label %57

57:                                               ; preds = %103, %54
  %58 = load i32, ptr %7, align 4
  %59 = icmp sle i32 %58, 5
  br i1 %59, label %60, label %106

60:                                               ; preds = %57
  %61 = load i32, ptr %7, align 4
  %62 = zext i32 %61 to i64
  %63 = load i32, ptr %7, align 4
  %64 = zext i32 %63 to i64
  %65 = call ptr @llvm.stacksave.p0()
  store ptr %65, ptr %8, align 8
  %66 = mul nuw i64 %62, %64
  %67 = alloca i32, i64 %66, align 4
  store i64 %62, ptr %9, align 8
  store i64 %64, ptr %10, align 8
  store i32 0, ptr %11, align 4
  br label %68

68:                                               ; preds = %94, %60
  %69 = load i32, ptr %11, align 4
  %70 = load i32, ptr %7, align 4
  %71 = icmp slt i32 %69, %70
  br i1 %71, label %72, label %97

72:                                               ; preds = %68
  store i32 0, ptr %12, align 4
  br label %73

73:                                               ; preds = %90, %72
  %74 = load i32, ptr %12, align 4
  %75 = load i32, ptr %7, align 4
  %76 = icmp slt i32 %74, %75
  br i1 %76, label %77, label %93

77:                                               ; preds = %73
  %78 = load i32, ptr %11, align 4
  %79 = add nsw i32 %78, 1
  %80 = load i32, ptr %12, align 4
  %81 = add nsw i32 %80, 2
  %82 = mul nsw i32 %79, %81
  %83 = load i32, ptr %11, align 4
  %84 = sext i32 %83 to i64
  %85 = mul nsw i64 %84, %64
  %86 = getelementptr inbounds i32, ptr %67, i64 %85
  %87 = load i32, ptr %12, align 4
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds i32, ptr %86, i64 %88
  store i32 %82, ptr %89, align 4
  br label %90

90:                                               ; preds = %77
  %91 = load i32, ptr %12, align 4
  %92 = add nsw i32 %91, 1
  store i32 %92, ptr %12, align 4
  br label %73, !llvm.loop !9

93:                                               ; preds = %73
  br label %94

94:                                               ; preds = %93
  %95 = load i32, ptr %11, align 4
  %96 = add nsw i32 %95, 1
  store i32 %96, ptr %11, align 4
  br label %68, !llvm.loop !10

97:                                               ; preds = %68
  %98 = load i32, ptr %7, align 4
  %99 = load i32, ptr %7, align 4
  %100 = call i64 @mat_trace(i32 noundef %99, ptr noundef %67)
  %101 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %98, i64 noundef %100)
  %102 = load ptr, ptr %8, align 8
  call void @llvm.stackrestore.p0(ptr %102)
  br label %103

103:                                              ; preds = %97
  %104 = load i32, ptr %7, align 4
  %105 = add nsw i32 %104, 1
  store i32 %105, ptr %7, align 4
  br label %57, !llvm.loop !11

106:                                              ; preds = %57
  %107 = call i32 @pascal_row(i32 noundef 10)
  %108 = call i32 @pascal_row(i32 noundef 20)
  %109 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %107, i32 noundef %108)
  store i32 7, ptr %13, align 4
  %110 = load i32, ptr %13, align 4
  %111 = zext i32 %110 to i64
  %112 = call ptr @llvm.stacksave.p0()
  store ptr %112, ptr %14, align 8
  %113 = alloca double, i64 %111, align 8
  store i64 %111, ptr %15, align 8
  store i32 0, ptr %16, align 4
  br label %114

114:                                              ; preds = %126, %106
  %115 = load i32, ptr %16, align 4
  %116 = load i32, ptr %13, align 4
  %117 = icmp slt i32 %115, %116
  br i1 %117, label %118, label %129

118:                                              ; preds = %114
  %119 = load i32, ptr %16, align 4
  %120 = add nsw i32 %119, 1
  %121 = sitofp i32 %120 to double
  %122 = fdiv double 1.000000e+00, %121
  %123 = load i32, ptr %16, align 4
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds double, ptr %113, i64 %124
  store double %122, ptr %125, align 8
  br label %126

126:                                              ; preds = %118
  %127 = load i32, ptr %16, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, ptr %16, align 4
  br label %114, !llvm.loop !12

129:                                              ; preds = %114
  store double 0.000000e+00, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %130

130:                                              ; preds = %141, %129
  %131 = load i32, ptr %18, align 4
  %132 = load i32, ptr %13, align 4
  %133 = icmp slt i32 %131, %132
  br i1 %133, label %134, label %144

134:                                              ; preds = %130
  %135 = load i32, ptr %18, align 4
  %136 = sext i32 %135 to i64
  %137 = getelementptr inbounds double, ptr %113, i64 %136
  %138 = load double, ptr %137, align 8
  %139 = load double, ptr %17, align 8
  %140 = fadd double %139, %138
  store double %140, ptr %17, align 8
  br label %141

141:                                              ; preds = %134
  %142 = load i32, ptr %18, align 4
  %143 = add nsw i32 %142, 1
  store i32 %143, ptr %18, align 4
  br label %130, !llvm.loop !13

144:                                              ; preds = %130
  %145 = load double, ptr %17, align 8
  %146 = mul nuw i64 8, %111
  %147 = trunc i64 %146 to i32
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %145, i32 noundef %147)
  %149 = load i64, ptr %2, align 8
  %150 = srem i64 %149, 97
  %151 = trunc i64 %150 to i32
  store i32 %151, ptr %1, align 4
  %152 = load ptr, ptr %14, align 8
  call void @llvm.stackrestore.p0(ptr %152)
  %153 = load i32, ptr %1, align 4
  ret i32 %153
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_vla(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %7 = load i32, ptr %3, align 4
  %8 = zext i32 %7 to i64
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %21, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %3, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %24

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %6, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, ptr %14, i64 %16
  %18 = load i32, ptr %17, align 4
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %13
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %9, !llvm.loop !14

24:                                               ; preds = %9
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @mat_trace(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 8
  %7 = load i32, ptr %3, align 4
  %8 = zext i32 %7 to i64
  %9 = load i32, ptr %3, align 4
  %10 = zext i32 %9 to i64
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %11

11:                                               ; preds = %28, %2
  %12 = load i32, ptr %6, align 4
  %13 = load i32, ptr %3, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %31

15:                                               ; preds = %11
  %16 = load ptr, ptr %4, align 8
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = mul nsw i64 %18, %10
  %20 = getelementptr inbounds i32, ptr %16, i64 %19
  %21 = load i32, ptr %6, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds i32, ptr %20, i64 %22
  %24 = load i32, ptr %23, align 4
  %25 = sext i32 %24 to i64
  %26 = load i64, ptr %5, align 8
  %27 = add nsw i64 %26, %25
  store i64 %27, ptr %5, align 8
  br label %28

28:                                               ; preds = %15
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %11, !llvm.loop !15

31:                                               ; preds = %11
  %32 = load i64, ptr %5, align 8
  ret i64 %32
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @pascal_row(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = add nsw i32 %7, 1
  %9 = zext i32 %8 to i64
  %10 = call ptr @llvm.stacksave.p0()
  store ptr %10, ptr %3, align 8
  %11 = alloca i32, i64 %9, align 4
  store i64 %9, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %12

12:                                               ; preds = %40, %1
  %13 = load i32, ptr %5, align 4
  %14 = load i32, ptr %2, align 4
  %15 = icmp sle i32 %13, %14
  br i1 %15, label %16, label %43

16:                                               ; preds = %12
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds i32, ptr %11, i64 %18
  store i32 1, ptr %19, align 4
  %20 = load i32, ptr %5, align 4
  %21 = sub nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %22

22:                                               ; preds = %36, %16
  %23 = load i32, ptr %6, align 4
  %24 = icmp sgt i32 %23, 0
  br i1 %24, label %25, label %39

25:                                               ; preds = %22
  %26 = load i32, ptr %6, align 4
  %27 = sub nsw i32 %26, 1
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, ptr %11, i64 %28
  %30 = load i32, ptr %29, align 4
  %31 = load i32, ptr %6, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i32, ptr %11, i64 %32
  %34 = load i32, ptr %33, align 4
  %35 = add nsw i32 %34, %30
  store i32 %35, ptr %33, align 4
  br label %36

36:                                               ; preds = %25
  %37 = load i32, ptr %6, align 4
  %38 = add nsw i32 %37, -1
  store i32 %38, ptr %6, align 4
  br label %22, !llvm.loop !16

39:                                               ; preds = %22
  br label %40

40:                                               ; preds = %39
  %41 = load i32, ptr %5, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %5, align 4
  br label %12, !llvm.loop !17

43:                                               ; preds = %12
  %44 = load i32, ptr %2, align 4
  %45 = add nsw i32 %44, 1
  %46 = call i32 @sum_vla(i32 noundef %45, ptr noundef %11)
  %47 = load i32, ptr %2, align 4
  %48 = sdiv i32 %47, 2
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds i32, ptr %11, i64 %49
  %51 = load i32, ptr %50, align 4
  %52 = add nsw i32 %46, %51
  %53 = load ptr, ptr %3, align 8
  call void @llvm.stackrestore.p0(ptr %53)
  ret i32 %52
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

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
