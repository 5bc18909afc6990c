; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [11 x i8] c"loop %lld\0A\00", align 1
@.str.1 = private unnamed_addr constant [15 x i8] c"trace %d %lld\0A\00", align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"pascal %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [19 x i8] c"harm %.6f size %u\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 1, ptr %3, align 4
  br label %19

19:                                               ; preds = %49, %0
  %20 = load i32, ptr %3, align 4
  %21 = icmp sle i32 %20, 20
  br i1 %21, label %22, label %52

22:                                               ; preds = %19
  %23 = load i32, ptr %3, align 4
  %24 = mul nsw i32 %23, 100
  %25 = call ptr @llvm.stacksave.p0()
  store ptr %25, ptr %4, align 4
  %26 = alloca i32, i32 %24, align 16
  store i32 %24, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %27

27:                                               ; preds = %38, %22
  %28 = load i32, ptr %6, align 4
  %29 = load i32, ptr %3, align 4
  %30 = mul nsw i32 %29, 100
  %31 = icmp slt i32 %28, %30
  br i1 %31, label %32, label %41

32:                                               ; preds = %27
  %33 = load i32, ptr %6, align 4
  %34 = load i32, ptr %3, align 4
  %35 = xor i32 %33, %34
  %36 = load i32, ptr %6, align 4
  %37 = getelementptr inbounds i32, ptr %26, i32 %36
  store i32 %35, ptr %37, align 4
  br label %38

38:                                               ; preds = %32
  %39 = load i32, ptr %6, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %6, align 4
  br label %27, !llvm.loop !2

41:                                               ; preds = %27
  %42 = load i32, ptr %3, align 4
  %43 = mul nsw i32 %42, 100
  %44 = call i32 @sum_vla(i32 noundef %43, ptr noundef %26)
  %45 = sext i32 %44 to i64
  %46 = load i64, ptr %2, align 8
  %47 = add nsw i64 %46, %45
  store i64 %47, ptr %2, align 8
  %48 = load ptr, ptr %4, align 4
  call void @llvm.stackrestore.p0(ptr %48)
  br label %49

49:                                               ; preds = %41
  %50 = load i32, ptr %3, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %3, align 4
  br label %19, !llvm.loop !4

52:                                               ; preds = %19
  %53 = load i64, ptr %2, align 8
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %53)
  store i32 1, ptr %7, align 4
  br label %55

55:                                               ; preds = %97, %52
  %56 = load i32, ptr %7, align 4
  %57 = icmp sle i32 %56, 5
  br i1 %57, label %58, label %100

58:                                               ; preds = %55
  %59 = load i32, ptr %7, align 4
  %60 = load i32, ptr %7, align 4
  %61 = call ptr @llvm.stacksave.p0()
  store ptr %61, ptr %8, align 4
  %62 = mul nuw i32 %59, %60
  %63 = alloca i32, i32 %62, align 16
  store i32 %59, ptr %9, align 4
  store i32 %60, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %64

64:                                               ; preds = %88, %58
  %65 = load i32, ptr %11, align 4
  %66 = load i32, ptr %7, align 4
  %67 = icmp slt i32 %65, %66
  br i1 %67, label %68, label %91

68:                                               ; preds = %64
  store i32 0, ptr %12, align 4
  br label %69

69:                                               ; preds = %84, %68
  %70 = load i32, ptr %12, align 4
  %71 = load i32, ptr %7, align 4
  %72 = icmp slt i32 %70, %71
  br i1 %72, label %73, label %87

73:                                               ; preds = %69
  %74 = load i32, ptr %11, align 4
  %75 = add nsw i32 %74, 1
  %76 = load i32, ptr %12, align 4
  %77 = add nsw i32 %76, 2
  %78 = mul nsw i32 %75, %77
  %79 = load i32, ptr %11, align 4
  %80 = mul nsw i32 %79, %60
  %81 = getelementptr inbounds i32, ptr %63, i32 %80
  %82 = load i32, ptr %12, align 4
  %83 = getelementptr inbounds i32, ptr %81, i32 %82
  store i32 %78, ptr %83, align 4
  br label %84

84:                                               ; preds = %73
  %85 = load i32, ptr %12, align 4
  %86 = add nsw i32 %85, 1
  store i32 %86, ptr %12, align 4
  br label %69, !llvm.loop !5

87:                                               ; preds = %69
  br label %88

88:                                               ; preds = %87
  %89 = load i32, ptr %11, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, ptr %11, align 4
  br label %64, !llvm.loop !6

91:                                               ; preds = %64
  %92 = load i32, ptr %7, align 4
  %93 = load i32, ptr %7, align 4
  %94 = call i64 @mat_trace(i32 noundef %93, ptr noundef %63)
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %92, i64 noundef %94)
  %96 = load ptr, ptr %8, align 4
  call void @llvm.stackrestore.p0(ptr %96)
  br label %97

97:                                               ; preds = %91
  %98 = load i32, ptr %7, align 4
  %99 = add nsw i32 %98, 1
  store i32 %99, ptr %7, align 4
  br label %55, !llvm.loop !7

100:                                              ; preds = %55
  %101 = call i32 @pascal_row(i32 noundef 10)
  %102 = call i32 @pascal_row(i32 noundef 20)
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %101, i32 noundef %102)
  store i32 7, ptr %13, align 4
  %104 = load i32, ptr %13, align 4
  %105 = call ptr @llvm.stacksave.p0()
  store ptr %105, ptr %14, align 4
  %106 = alloca double, i32 %104, align 16
  store i32 %104, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %107

107:                                              ; preds = %118, %100
  %108 = load i32, ptr %16, align 4
  %109 = load i32, ptr %13, align 4
  %110 = icmp slt i32 %108, %109
  br i1 %110, label %111, label %121

111:                                              ; preds = %107
  %112 = load i32, ptr %16, align 4
  %113 = add nsw i32 %112, 1
  %114 = sitofp i32 %113 to double
  %115 = fdiv double 1.000000e+00, %114
  %116 = load i32, ptr %16, align 4
  %117 = getelementptr inbounds double, ptr %106, i32 %116
  store double %115, ptr %117, align 8
  br label %118

118:                                              ; preds = %111
  %119 = load i32, ptr %16, align 4
  %120 = add nsw i32 %119, 1
  store i32 %120, ptr %16, align 4
  br label %107, !llvm.loop !8

121:                                              ; preds = %107
  store double 0.000000e+00, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %122

122:                                              ; preds = %132, %121
  %123 = load i32, ptr %18, align 4
  %124 = load i32, ptr %13, align 4
  %125 = icmp slt i32 %123, %124
  br i1 %125, label %126, label %135

126:                                              ; preds = %122
  %127 = load i32, ptr %18, align 4
  %128 = getelementptr inbounds double, ptr %106, i32 %127
  %129 = load double, ptr %128, align 8
  %130 = load double, ptr %17, align 8
  %131 = fadd double %130, %129
  store double %131, ptr %17, align 8
  br label %132

132:                                              ; preds = %126
  %133 = load i32, ptr %18, align 4
  %134 = add nsw i32 %133, 1
  store i32 %134, ptr %18, align 4
  br label %122, !llvm.loop !9

135:                                              ; preds = %122
  %136 = load double, ptr %17, align 8
  %137 = mul nuw i32 8, %104
  %138 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %136, i32 noundef %137)
  %139 = load i64, ptr %2, align 8
  %140 = srem i64 %139, 97
  %141 = trunc i64 %140 to i32
  store i32 %141, ptr %1, align 4
  %142 = load ptr, ptr %14, align 4
  call void @llvm.stackrestore.p0(ptr %142)
  %143 = load i32, ptr %1, align 4
  ret i32 %143
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: noinline nounwind optnone
define internal i32 @sum_vla(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %7 = load i32, ptr %3, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %19, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %3, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %22

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 4
  %14 = load i32, ptr %6, align 4
  %15 = getelementptr inbounds i32, ptr %13, i32 %14
  %16 = load i32, ptr %15, align 4
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, %16
  store i32 %18, ptr %5, align 4
  br label %19

19:                                               ; preds = %12
  %20 = load i32, ptr %6, align 4
  %21 = add nsw i32 %20, 1
  store i32 %21, ptr %6, align 4
  br label %8, !llvm.loop !10

22:                                               ; preds = %8
  %23 = load i32, ptr %5, align 4
  ret i32 %23
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal i64 @mat_trace(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %7 = load i32, ptr %3, align 4
  %8 = load i32, ptr %3, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %9

9:                                                ; preds = %24, %2
  %10 = load i32, ptr %6, align 4
  %11 = load i32, ptr %3, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %27

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 4
  %15 = load i32, ptr %6, align 4
  %16 = mul nsw i32 %15, %8
  %17 = getelementptr inbounds i32, ptr %14, i32 %16
  %18 = load i32, ptr %6, align 4
  %19 = getelementptr inbounds i32, ptr %17, i32 %18
  %20 = load i32, ptr %19, align 4
  %21 = sext i32 %20 to i64
  %22 = load i64, ptr %5, align 8
  %23 = add nsw i64 %22, %21
  store i64 %23, ptr %5, align 8
  br label %24

24:                                               ; preds = %13
  %25 = load i32, ptr %6, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, ptr %6, align 4
  br label %9, !llvm.loop !11

27:                                               ; preds = %9
  %28 = load i64, ptr %5, align 8
  ret i64 %28
}

; Function Attrs: noinline nounwind optnone
define internal i32 @pascal_row(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %7 = load i32, ptr %2, align 4
  %8 = add nsw i32 %7, 1
  %9 = call ptr @llvm.stacksave.p0()
  store ptr %9, ptr %3, align 4
  %10 = alloca i32, i32 %8, align 16
  store i32 %8, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %11

11:                                               ; preds = %36, %1
  %12 = load i32, ptr %5, align 4
  %13 = load i32, ptr %2, align 4
  %14 = icmp sle i32 %12, %13
  br i1 %14, label %15, label %39

15:                                               ; preds = %11
  %16 = load i32, ptr %5, align 4
  %17 = getelementptr inbounds i32, ptr %10, i32 %16
  store i32 1, ptr %17, align 4
  %18 = load i32, ptr %5, align 4
  %19 = sub nsw i32 %18, 1
  store i32 %19, ptr %6, align 4
  br label %20

20:                                               ; preds = %32, %15
  %21 = load i32, ptr %6, align 4
  %22 = icmp sgt i32 %21, 0
  br i1 %22, label %23, label %35

23:                                               ; preds = %20
  %24 = load i32, ptr %6, align 4
  %25 = sub nsw i32 %24, 1
  %26 = getelementptr inbounds i32, ptr %10, i32 %25
  %27 = load i32, ptr %26, align 4
  %28 = load i32, ptr %6, align 4
  %29 = getelementptr inbounds i32, ptr %10, i32 %28
  %30 = load i32, ptr %29, align 4
  %31 = add nsw i32 %30, %27
  store i32 %31, ptr %29, align 4
  br label %32

32:                                               ; preds = %23
  %33 = load i32, ptr %6, align 4
  %34 = add nsw i32 %33, -1
  store i32 %34, ptr %6, align 4
  br label %20, !llvm.loop !12

35:                                               ; preds = %20
  br label %36

36:                                               ; preds = %35
  %37 = load i32, ptr %5, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %5, align 4
  br label %11, !llvm.loop !13

39:                                               ; preds = %11
  %40 = load i32, ptr %2, align 4
  %41 = add nsw i32 %40, 1
  %42 = call i32 @sum_vla(i32 noundef %41, ptr noundef %10)
  %43 = load i32, ptr %2, align 4
  %44 = sdiv i32 %43, 2
  %45 = getelementptr inbounds i32, ptr %10, i32 %44
  %46 = load i32, ptr %45, align 4
  %47 = add nsw i32 %42, %46
  %48 = load ptr, ptr %3, align 4
  call void @llvm.stackrestore.p0(ptr %48)
  ret i32 %47
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

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
