; ModuleID = 'sieve.c'
source_filename = "sieve.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [47 x i8] c"sieve pi(%d)=%d bits=%d trial=%d h=%08x ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %12 = call noalias ptr @malloc(i64 noundef 40000001) #5
  store ptr %12, ptr %2, align 8
  %13 = call noalias ptr @malloc(i64 noundef 2500008) #5
  store ptr %13, ptr %3, align 8
  %14 = load ptr, ptr %2, align 8
  %15 = icmp ne ptr %14, null
  br i1 %15, label %16, label %19

16:                                               ; preds = %0
  %17 = load ptr, ptr %3, align 8
  %18 = icmp ne ptr %17, null
  br i1 %18, label %20, label %19

19:                                               ; preds = %16, %0
  store i32 2, ptr %1, align 4
  br label %87

20:                                               ; preds = %16
  %21 = load ptr, ptr %2, align 8
  %22 = call i32 @sieve_bytes(ptr noundef %21, i32 noundef 40000000)
  store i32 %22, ptr %4, align 4
  %23 = load ptr, ptr %3, align 8
  %24 = call i32 @sieve_bits(ptr noundef %23, i32 noundef 40000000)
  store i32 %24, ptr %5, align 4
  %25 = call i32 @trial(i32 noundef 0, i32 noundef 100000)
  store i32 %25, ptr %6, align 4
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %26

26:                                               ; preds = %38, %20
  %27 = load i32, ptr %8, align 4
  %28 = icmp slt i32 %27, 100000
  br i1 %28, label %29, label %41

29:                                               ; preds = %26
  %30 = load ptr, ptr %2, align 8
  %31 = load i32, ptr %8, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds i8, ptr %30, i64 %32
  %34 = load i8, ptr %33, align 1
  %35 = zext i8 %34 to i32
  %36 = load i32, ptr %7, align 4
  %37 = add nsw i32 %36, %35
  store i32 %37, ptr %7, align 4
  br label %38

38:                                               ; preds = %29
  %39 = load i32, ptr %8, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %8, align 4
  br label %26, !llvm.loop !6

41:                                               ; preds = %26
  store i32 0, ptr %9, align 4
  store i32 0, ptr %10, align 4
  br label %42

42:                                               ; preds = %55, %41
  %43 = load i32, ptr %10, align 4
  %44 = icmp sle i32 %43, 40000000
  br i1 %44, label %45, label %58

45:                                               ; preds = %42
  %46 = load i32, ptr %9, align 4
  %47 = mul i32 %46, 31
  %48 = load ptr, ptr %2, align 8
  %49 = load i32, ptr %10, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds i8, ptr %48, i64 %50
  %52 = load i8, ptr %51, align 1
  %53 = zext i8 %52 to i32
  %54 = add i32 %47, %53
  store i32 %54, ptr %9, align 4
  br label %55

55:                                               ; preds = %45
  %56 = load i32, ptr %10, align 4
  %57 = add nsw i32 %56, 7
  store i32 %57, ptr %10, align 4
  br label %42, !llvm.loop !8

58:                                               ; preds = %42
  %59 = load i32, ptr %4, align 4
  %60 = icmp eq i32 %59, 2433654
  br i1 %60, label %61, label %72

61:                                               ; preds = %58
  %62 = load i32, ptr %5, align 4
  %63 = load i32, ptr %4, align 4
  %64 = icmp eq i32 %62, %63
  br i1 %64, label %65, label %72

65:                                               ; preds = %61
  %66 = load i32, ptr %6, align 4
  %67 = icmp eq i32 %66, 9592
  br i1 %67, label %68, label %72

68:                                               ; preds = %65
  %69 = load i32, ptr %7, align 4
  %70 = load i32, ptr %6, align 4
  %71 = icmp eq i32 %69, %70
  br label %72

72:                                               ; preds = %68, %65, %61, %58
  %73 = phi i1 [ false, %65 ], [ false, %61 ], [ false, %58 ], [ %71, %68 ]
  %74 = zext i1 %73 to i32
  store i32 %74, ptr %11, align 4
  %75 = load i32, ptr %4, align 4
  %76 = load i32, ptr %5, align 4
  %77 = load i32, ptr %6, align 4
  %78 = load i32, ptr %9, align 4
  %79 = load i32, ptr %11, align 4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef 40000000, i32 noundef %75, i32 noundef %76, i32 noundef %77, i32 noundef %78, i32 noundef %79)
  %81 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %81) #6
  %82 = load ptr, ptr %3, align 8
  call void @free(ptr noundef %82) #6
  %83 = load i32, ptr %11, align 4
  %84 = icmp ne i32 %83, 0
  %85 = zext i1 %84 to i64
  %86 = select i1 %84, i32 0, i32 1
  store i32 %86, ptr %1, align 4
  br label %87

87:                                               ; preds = %72, %19
  %88 = load i32, ptr %1, align 4
  ret i32 %88
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: noinline nounwind uwtable
define internal i32 @sieve_bytes(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %9 = load ptr, ptr %3, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sext i32 %10 to i64
  %12 = add i64 %11, 1
  call void @llvm.memset.p0.i64(ptr align 1 %9, i8 1, i64 %12, i1 false)
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds i8, ptr %13, i64 1
  store i8 0, ptr %14, align 1
  %15 = load ptr, ptr %3, align 8
  %16 = getelementptr inbounds i8, ptr %15, i64 0
  store i8 0, ptr %16, align 1
  store i32 2, ptr %5, align 4
  br label %17

17:                                               ; preds = %52, %2
  %18 = load i32, ptr %5, align 4
  %19 = sext i32 %18 to i64
  %20 = load i32, ptr %5, align 4
  %21 = sext i32 %20 to i64
  %22 = mul nsw i64 %19, %21
  %23 = load i32, ptr %4, align 4
  %24 = sext i32 %23 to i64
  %25 = icmp sle i64 %22, %24
  br i1 %25, label %26, label %55

26:                                               ; preds = %17
  %27 = load ptr, ptr %3, align 8
  %28 = load i32, ptr %5, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %27, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = icmp ne i8 %31, 0
  br i1 %32, label %33, label %51

33:                                               ; preds = %26
  %34 = load i32, ptr %5, align 4
  %35 = load i32, ptr %5, align 4
  %36 = mul nsw i32 %34, %35
  store i32 %36, ptr %6, align 4
  br label %37

37:                                               ; preds = %46, %33
  %38 = load i32, ptr %6, align 4
  %39 = load i32, ptr %4, align 4
  %40 = icmp sle i32 %38, %39
  br i1 %40, label %41, label %50

41:                                               ; preds = %37
  %42 = load ptr, ptr %3, align 8
  %43 = load i32, ptr %6, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds i8, ptr %42, i64 %44
  store i8 0, ptr %45, align 1
  br label %46

46:                                               ; preds = %41
  %47 = load i32, ptr %5, align 4
  %48 = load i32, ptr %6, align 4
  %49 = add nsw i32 %48, %47
  store i32 %49, ptr %6, align 4
  br label %37, !llvm.loop !9

50:                                               ; preds = %37
  br label %51

51:                                               ; preds = %50, %26
  br label %52

52:                                               ; preds = %51
  %53 = load i32, ptr %5, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, ptr %5, align 4
  br label %17, !llvm.loop !10

55:                                               ; preds = %17
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %56

56:                                               ; preds = %69, %55
  %57 = load i32, ptr %8, align 4
  %58 = load i32, ptr %4, align 4
  %59 = icmp sle i32 %57, %58
  br i1 %59, label %60, label %72

60:                                               ; preds = %56
  %61 = load ptr, ptr %3, align 8
  %62 = load i32, ptr %8, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds i8, ptr %61, i64 %63
  %65 = load i8, ptr %64, align 1
  %66 = zext i8 %65 to i32
  %67 = load i32, ptr %7, align 4
  %68 = add nsw i32 %67, %66
  store i32 %68, ptr %7, align 4
  br label %69

69:                                               ; preds = %60
  %70 = load i32, ptr %8, align 4
  %71 = add nsw i32 %70, 1
  store i32 %71, ptr %8, align 4
  br label %56, !llvm.loop !11

72:                                               ; preds = %56
  %73 = load i32, ptr %7, align 4
  ret i32 %73
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @sieve_bits(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %12 = load i32, ptr %4, align 4
  %13 = sub nsw i32 %12, 1
  %14 = sdiv i32 %13, 2
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %5, align 4
  %16 = load ptr, ptr %3, align 8
  %17 = load i32, ptr %5, align 4
  %18 = add nsw i32 %17, 31
  %19 = sdiv i32 %18, 32
  %20 = sext i32 %19 to i64
  %21 = mul i64 4, %20
  call void @llvm.memset.p0.i64(ptr align 4 %16, i8 0, i64 %21, i1 false)
  store i32 1, ptr %6, align 4
  br label %22

22:                                               ; preds = %76, %2
  %23 = load i32, ptr %6, align 4
  %24 = sext i32 %23 to i64
  %25 = mul nsw i64 2, %24
  %26 = add nsw i64 %25, 1
  store i64 %26, ptr %7, align 8
  %27 = load i64, ptr %7, align 8
  %28 = load i64, ptr %7, align 8
  %29 = mul nsw i64 %27, %28
  %30 = load i32, ptr %4, align 4
  %31 = sext i32 %30 to i64
  %32 = icmp sgt i64 %29, %31
  br i1 %32, label %33, label %34

33:                                               ; preds = %22
  br label %79

34:                                               ; preds = %22
  %35 = load ptr, ptr %3, align 8
  %36 = load i32, ptr %6, align 4
  %37 = ashr i32 %36, 5
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i32, ptr %35, i64 %38
  %40 = load i32, ptr %39, align 4
  %41 = load i32, ptr %6, align 4
  %42 = and i32 %41, 31
  %43 = shl i32 1, %42
  %44 = and i32 %40, %43
  %45 = icmp ne i32 %44, 0
  br i1 %45, label %46, label %47

46:                                               ; preds = %34
  br label %76

47:                                               ; preds = %34
  %48 = load i64, ptr %7, align 8
  %49 = load i64, ptr %7, align 8
  %50 = mul nsw i64 %48, %49
  store i64 %50, ptr %8, align 8
  br label %51

51:                                               ; preds = %70, %47
  %52 = load i64, ptr %8, align 8
  %53 = load i32, ptr %4, align 4
  %54 = sext i32 %53 to i64
  %55 = icmp sle i64 %52, %54
  br i1 %55, label %56, label %75

56:                                               ; preds = %51
  %57 = load i64, ptr %8, align 8
  %58 = sub nsw i64 %57, 1
  %59 = sdiv i64 %58, 2
  store i64 %59, ptr %9, align 8
  %60 = load i64, ptr %9, align 8
  %61 = and i64 %60, 31
  %62 = trunc i64 %61 to i32
  %63 = shl i32 1, %62
  %64 = load ptr, ptr %3, align 8
  %65 = load i64, ptr %9, align 8
  %66 = ashr i64 %65, 5
  %67 = getelementptr inbounds i32, ptr %64, i64 %66
  %68 = load i32, ptr %67, align 4
  %69 = or i32 %68, %63
  store i32 %69, ptr %67, align 4
  br label %70

70:                                               ; preds = %56
  %71 = load i64, ptr %7, align 8
  %72 = mul nsw i64 2, %71
  %73 = load i64, ptr %8, align 8
  %74 = add nsw i64 %73, %72
  store i64 %74, ptr %8, align 8
  br label %51, !llvm.loop !12

75:                                               ; preds = %51
  br label %76

76:                                               ; preds = %75, %46
  %77 = load i32, ptr %6, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, ptr %6, align 4
  br label %22

79:                                               ; preds = %33
  store i32 1, ptr %10, align 4
  store i32 1, ptr %11, align 4
  br label %80

80:                                               ; preds = %100, %79
  %81 = load i32, ptr %11, align 4
  %82 = load i32, ptr %5, align 4
  %83 = icmp slt i32 %81, %82
  br i1 %83, label %84, label %103

84:                                               ; preds = %80
  %85 = load ptr, ptr %3, align 8
  %86 = load i32, ptr %11, align 4
  %87 = ashr i32 %86, 5
  %88 = sext i32 %87 to i64
  %89 = getelementptr inbounds i32, ptr %85, i64 %88
  %90 = load i32, ptr %89, align 4
  %91 = load i32, ptr %11, align 4
  %92 = and i32 %91, 31
  %93 = shl i32 1, %92
  %94 = and i32 %90, %93
  %95 = icmp ne i32 %94, 0
  br i1 %95, label %99, label %96

96:                                               ; preds = %84
  %97 = load i32, ptr %10, align 4
  %98 = add nsw i32 %97, 1
  store i32 %98, ptr %10, align 4
  br label %99

99:                                               ; preds = %96, %84
  br label %100

100:                                              ; preds = %99
  %101 = load i32, ptr %11, align 4
  %102 = add nsw i32 %101, 1
  store i32 %102, ptr %11, align 4
  br label %80, !llvm.loop !13

103:                                              ; preds = %80
  %104 = load i32, ptr %10, align 4
  ret i32 %104
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @trial(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  %9 = load i32, ptr %3, align 4
  store i32 %9, ptr %6, align 4
  br label %10

10:                                               ; preds = %39, %2
  %11 = load i32, ptr %6, align 4
  %12 = load i32, ptr %4, align 4
  %13 = icmp slt i32 %11, %12
  br i1 %13, label %14, label %42

14:                                               ; preds = %10
  %15 = load i32, ptr %6, align 4
  %16 = icmp slt i32 %15, 2
  br i1 %16, label %17, label %18

17:                                               ; preds = %14
  br label %39

18:                                               ; preds = %14
  store i32 1, ptr %7, align 4
  store i32 2, ptr %8, align 4
  br label %19

19:                                               ; preds = %32, %18
  %20 = load i32, ptr %8, align 4
  %21 = load i32, ptr %8, align 4
  %22 = mul nsw i32 %20, %21
  %23 = load i32, ptr %6, align 4
  %24 = icmp sle i32 %22, %23
  br i1 %24, label %25, label %35

25:                                               ; preds = %19
  %26 = load i32, ptr %6, align 4
  %27 = load i32, ptr %8, align 4
  %28 = srem i32 %26, %27
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %31

30:                                               ; preds = %25
  store i32 0, ptr %7, align 4
  br label %35

31:                                               ; preds = %25
  br label %32

32:                                               ; preds = %31
  %33 = load i32, ptr %8, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, ptr %8, align 4
  br label %19, !llvm.loop !14

35:                                               ; preds = %30, %19
  %36 = load i32, ptr %7, align 4
  %37 = load i32, ptr %5, align 4
  %38 = add nsw i32 %37, %36
  store i32 %38, ptr %5, align 4
  br label %39

39:                                               ; preds = %35, %17
  %40 = load i32, ptr %6, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %6, align 4
  br label %10, !llvm.loop !15

42:                                               ; preds = %10
  %43 = load i32, ptr %5, align 4
  ret i32 %43
}

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: nounwind
declare void @free(ptr noundef) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nounwind allocsize(0) }
attributes #6 = { nounwind }

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
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
