; ModuleID = 'mandelbrot.c'
source_filename = "mandelbrot.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [54 x i8] c"mandelbrot %dx%d inside=%d iters=%ld hash=%08x ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca float, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i64 0, ptr %2, align 8
  store i32 0, ptr %3, align 4
  store i32 -2128831035, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %15

15:                                               ; preds = %80, %0
  %16 = load i32, ptr %5, align 4
  %17 = icmp slt i32 %16, 600
  br i1 %17, label %18, label %83

18:                                               ; preds = %15
  %19 = load i32, ptr %5, align 4
  %20 = sitofp i32 %19 to float
  %21 = fmul float 0x4003333340000000, %20
  %22 = fdiv float %21, 6.000000e+02
  %23 = fadd float 0xBFF3333340000000, %22
  store float %23, ptr %6, align 4
  store i32 0, ptr %7, align 4
  br label %24

24:                                               ; preds = %76, %18
  %25 = load i32, ptr %7, align 4
  %26 = icmp slt i32 %25, 800
  br i1 %26, label %27, label %79

27:                                               ; preds = %24
  %28 = load i32, ptr %7, align 4
  %29 = sitofp i32 %28 to float
  %30 = fmul float 3.000000e+00, %29
  %31 = fdiv float %30, 8.000000e+02
  %32 = fadd float 0xC000CCCCC0000000, %31
  store float %32, ptr %8, align 4
  store float 0.000000e+00, ptr %9, align 4
  store float 0.000000e+00, ptr %10, align 4
  store i32 0, ptr %11, align 4
  br label %33

33:                                               ; preds = %48, %27
  %34 = load i32, ptr %11, align 4
  %35 = icmp slt i32 %34, 400
  br i1 %35, label %36, label %61

36:                                               ; preds = %33
  %37 = load float, ptr %9, align 4
  %38 = load float, ptr %9, align 4
  %39 = fmul float %37, %38
  store float %39, ptr %12, align 4
  %40 = load float, ptr %10, align 4
  %41 = load float, ptr %10, align 4
  %42 = fmul float %40, %41
  store float %42, ptr %13, align 4
  %43 = load float, ptr %12, align 4
  %44 = load float, ptr %13, align 4
  %45 = fadd float %43, %44
  %46 = fcmp ogt float %45, 4.000000e+00
  br i1 %46, label %47, label %48

47:                                               ; preds = %36
  br label %61

48:                                               ; preds = %36
  %49 = load float, ptr %9, align 4
  %50 = fmul float 2.000000e+00, %49
  %51 = load float, ptr %10, align 4
  %52 = load float, ptr %6, align 4
  %53 = call float @llvm.fmuladd.f32(float %50, float %51, float %52)
  store float %53, ptr %10, align 4
  %54 = load float, ptr %12, align 4
  %55 = load float, ptr %13, align 4
  %56 = fsub float %54, %55
  %57 = load float, ptr %8, align 4
  %58 = fadd float %56, %57
  store float %58, ptr %9, align 4
  %59 = load i32, ptr %11, align 4
  %60 = add nsw i32 %59, 1
  store i32 %60, ptr %11, align 4
  br label %33, !llvm.loop !6

61:                                               ; preds = %47, %33
  %62 = load i32, ptr %11, align 4
  %63 = sext i32 %62 to i64
  %64 = load i64, ptr %2, align 8
  %65 = add nsw i64 %64, %63
  store i64 %65, ptr %2, align 8
  %66 = load i32, ptr %11, align 4
  %67 = icmp eq i32 %66, 400
  br i1 %67, label %68, label %71

68:                                               ; preds = %61
  %69 = load i32, ptr %3, align 4
  %70 = add nsw i32 %69, 1
  store i32 %70, ptr %3, align 4
  br label %71

71:                                               ; preds = %68, %61
  %72 = load i32, ptr %4, align 4
  %73 = load i32, ptr %11, align 4
  %74 = xor i32 %72, %73
  %75 = mul i32 %74, 16777619
  store i32 %75, ptr %4, align 4
  br label %76

76:                                               ; preds = %71
  %77 = load i32, ptr %7, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %7, align 4
  br label %24, !llvm.loop !8

79:                                               ; preds = %24
  br label %80

80:                                               ; preds = %79
  %81 = load i32, ptr %5, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, ptr %5, align 4
  br label %15, !llvm.loop !9

83:                                               ; preds = %15
  %84 = load i32, ptr %3, align 4
  %85 = icmp sgt i32 %84, 0
  br i1 %85, label %86, label %89

86:                                               ; preds = %83
  %87 = load i32, ptr %3, align 4
  %88 = icmp slt i32 %87, 480000
  br label %89

89:                                               ; preds = %86, %83
  %90 = phi i1 [ false, %83 ], [ %88, %86 ]
  %91 = zext i1 %90 to i32
  store i32 %91, ptr %14, align 4
  %92 = load i32, ptr %3, align 4
  %93 = load i64, ptr %2, align 8
  %94 = load i32, ptr %4, align 4
  %95 = load i32, ptr %14, align 4
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 800, i32 noundef 600, i32 noundef %92, i64 noundef %93, i32 noundef %94, i32 noundef %95)
  %97 = load i32, ptr %14, align 4
  %98 = icmp ne i32 %97, 0
  %99 = zext i1 %98 to i64
  %100 = select i1 %98, i32 0, i32 1
  ret i32 %100
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
