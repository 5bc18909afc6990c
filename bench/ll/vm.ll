; ModuleID = 'vm.c'
source_filename = "vm.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@nfix = internal global i32 0, align 4
@labels = internal global [32 x i32] zeroinitializer, align 16
@fix_label = internal global [64 x i32] zeroinitializer, align 16
@code = internal global [1024 x i32] zeroinitializer, align 16
@fix_at = internal global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [39 x i8] c"vm ops=%d result=%lld want=%lld ok=%d\0A\00", align 1
@pcn = internal global i32 0, align 4

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [16 x i64], align 16
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca i64, align 8
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 0)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e2(i32 noundef 2, i32 noundef 1)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @bind(i32 noundef 0)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 1, i32 noundef 5)
  call void @e(i32 noundef 9)
  call void @ej(i32 noundef 11, i32 noundef 1)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e2(i32 noundef 1, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 0, i32 noundef 2147483647)
  call void @e(i32 noundef 6)
  call void @e2(i32 noundef 1, i32 noundef 1)
  call void @e2(i32 noundef 2, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 1)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @ej(i32 noundef 13, i32 noundef 0)
  call void @bind(i32 noundef 1)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 3)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @bind(i32 noundef 2)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 1, i32 noundef 6)
  call void @e(i32 noundef 9)
  call void @ej(i32 noundef 11, i32 noundef 5)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 4)
  call void @bind(i32 noundef 3)
  call void @e2(i32 noundef 1, i32 noundef 4)
  call void @e2(i32 noundef 1, i32 noundef 6)
  call void @e(i32 noundef 9)
  call void @ej(i32 noundef 11, i32 noundef 4)
  call void @e2(i32 noundef 1, i32 noundef 3)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 1, i32 noundef 4)
  call void @e(i32 noundef 5)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 3)
  call void @e2(i32 noundef 1, i32 noundef 4)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 4)
  call void @ej(i32 noundef 13, i32 noundef 3)
  call void @bind(i32 noundef 4)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @ej(i32 noundef 13, i32 noundef 2)
  call void @bind(i32 noundef 5)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 9)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @bind(i32 noundef 6)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 1, i32 noundef 7)
  call void @e(i32 noundef 9)
  call void @ej(i32 noundef 11, i32 noundef 7)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 2, i32 noundef 16)
  call void @ej(i32 noundef 14, i32 noundef 8)
  call void @e2(i32 noundef 1, i32 noundef 9)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 9)
  call void @e2(i32 noundef 1, i32 noundef 2)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 2)
  call void @ej(i32 noundef 13, i32 noundef 6)
  call void @bind(i32 noundef 7)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e2(i32 noundef 1, i32 noundef 3)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 1, i32 noundef 9)
  call void @e(i32 noundef 3)
  call void @e(i32 noundef 16)
  call void @bind(i32 noundef 8)
  call void @e2(i32 noundef 0, i32 noundef 0)
  call void @e2(i32 noundef 2, i32 noundef 1)
  call void @bind(i32 noundef 9)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 10)
  call void @ej(i32 noundef 12, i32 noundef 12)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e(i32 noundef 7)
  call void @ej(i32 noundef 11, i32 noundef 10)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e2(i32 noundef 0, i32 noundef 3)
  call void @e(i32 noundef 5)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 0)
  call void @ej(i32 noundef 13, i32 noundef 11)
  call void @bind(i32 noundef 10)
  call void @e2(i32 noundef 1, i32 noundef 0)
  call void @e(i32 noundef 8)
  call void @e2(i32 noundef 2, i32 noundef 0)
  call void @bind(i32 noundef 11)
  call void @e2(i32 noundef 1, i32 noundef 1)
  call void @e2(i32 noundef 0, i32 noundef 1)
  call void @e(i32 noundef 3)
  call void @e2(i32 noundef 2, i32 noundef 1)
  call void @ej(i32 noundef 13, i32 noundef 9)
  call void @bind(i32 noundef 12)
  call void @e2(i32 noundef 1, i32 noundef 1)
  call void @e(i32 noundef 15)
  store i32 0, ptr %2, align 4
  br label %17

17:                                               ; preds = %35, %0
  %18 = load i32, ptr %2, align 4
  %19 = load i32, ptr @nfix, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %38

21:                                               ; preds = %17
  %22 = load i32, ptr %2, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [64 x i32], ptr @fix_label, i64 0, i64 %23
  %25 = load i32, ptr %24, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [32 x i32], ptr @labels, i64 0, i64 %26
  %28 = load i32, ptr %27, align 4
  %29 = load i32, ptr %2, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [64 x i32], ptr @fix_at, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [1024 x i32], ptr @code, i64 0, i64 %33
  store i32 %28, ptr %34, align 4
  br label %35

35:                                               ; preds = %21
  %36 = load i32, ptr %2, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %2, align 4
  br label %17, !llvm.loop !6

38:                                               ; preds = %17
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 128, i1 false)
  %39 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 5
  store i64 1000000, ptr %39, align 8
  %40 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 6
  store i64 400, ptr %40, align 16
  %41 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 7
  store i64 50000, ptr %41, align 8
  %42 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 0
  %43 = call i64 @run(ptr noundef @code, ptr noundef %42)
  store i64 %43, ptr %4, align 8
  store i64 0, ptr %5, align 8
  store i64 1, ptr %6, align 8
  store i64 0, ptr %7, align 8
  br label %44

44:                                               ; preds = %56, %38
  %45 = load i64, ptr %7, align 8
  %46 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 5
  %47 = load i64, ptr %46, align 8
  %48 = icmp slt i64 %45, %47
  br i1 %48, label %49, label %59

49:                                               ; preds = %44
  %50 = load i64, ptr %5, align 8
  %51 = load i64, ptr %6, align 8
  %52 = add nsw i64 %50, %51
  %53 = and i64 %52, 2147483647
  store i64 %53, ptr %8, align 8
  %54 = load i64, ptr %6, align 8
  store i64 %54, ptr %5, align 8
  %55 = load i64, ptr %8, align 8
  store i64 %55, ptr %6, align 8
  br label %56

56:                                               ; preds = %49
  %57 = load i64, ptr %7, align 8
  %58 = add nsw i64 %57, 1
  store i64 %58, ptr %7, align 8
  br label %44, !llvm.loop !8

59:                                               ; preds = %44
  store i64 0, ptr %9, align 8
  store i64 0, ptr %10, align 8
  br label %60

60:                                               ; preds = %81, %59
  %61 = load i64, ptr %10, align 8
  %62 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 6
  %63 = load i64, ptr %62, align 16
  %64 = icmp slt i64 %61, %63
  br i1 %64, label %65, label %84

65:                                               ; preds = %60
  store i64 0, ptr %11, align 8
  br label %66

66:                                               ; preds = %77, %65
  %67 = load i64, ptr %11, align 8
  %68 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 6
  %69 = load i64, ptr %68, align 16
  %70 = icmp slt i64 %67, %69
  br i1 %70, label %71, label %80

71:                                               ; preds = %66
  %72 = load i64, ptr %10, align 8
  %73 = load i64, ptr %11, align 8
  %74 = mul nsw i64 %72, %73
  %75 = load i64, ptr %9, align 8
  %76 = add nsw i64 %75, %74
  store i64 %76, ptr %9, align 8
  br label %77

77:                                               ; preds = %71
  %78 = load i64, ptr %11, align 8
  %79 = add nsw i64 %78, 1
  store i64 %79, ptr %11, align 8
  br label %66, !llvm.loop !9

80:                                               ; preds = %66
  br label %81

81:                                               ; preds = %80
  %82 = load i64, ptr %10, align 8
  %83 = add nsw i64 %82, 1
  store i64 %83, ptr %10, align 8
  br label %60, !llvm.loop !10

84:                                               ; preds = %60
  store i64 0, ptr %12, align 8
  store i64 1, ptr %13, align 8
  br label %85

85:                                               ; preds = %114, %84
  %86 = load i64, ptr %13, align 8
  %87 = getelementptr inbounds [16 x i64], ptr %3, i64 0, i64 7
  %88 = load i64, ptr %87, align 8
  %89 = icmp slt i64 %86, %88
  br i1 %89, label %90, label %117

90:                                               ; preds = %85
  %91 = load i64, ptr %13, align 8
  store i64 %91, ptr %14, align 8
  store i64 0, ptr %15, align 8
  br label %92

92:                                               ; preds = %106, %90
  %93 = load i64, ptr %14, align 8
  %94 = icmp ne i64 %93, 1
  br i1 %94, label %95, label %110

95:                                               ; preds = %92
  %96 = load i64, ptr %14, align 8
  %97 = and i64 %96, 1
  %98 = icmp ne i64 %97, 0
  br i1 %98, label %99, label %103

99:                                               ; preds = %95
  %100 = load i64, ptr %14, align 8
  %101 = mul i64 3, %100
  %102 = add i64 %101, 1
  br label %106

103:                                              ; preds = %95
  %104 = load i64, ptr %14, align 8
  %105 = lshr i64 %104, 1
  br label %106

106:                                              ; preds = %103, %99
  %107 = phi i64 [ %102, %99 ], [ %105, %103 ]
  store i64 %107, ptr %14, align 8
  %108 = load i64, ptr %15, align 8
  %109 = add nsw i64 %108, 1
  store i64 %109, ptr %15, align 8
  br label %92, !llvm.loop !11

110:                                              ; preds = %92
  %111 = load i64, ptr %15, align 8
  %112 = load i64, ptr %12, align 8
  %113 = add nsw i64 %112, %111
  store i64 %113, ptr %12, align 8
  br label %114

114:                                              ; preds = %110
  %115 = load i64, ptr %13, align 8
  %116 = add nsw i64 %115, 1
  store i64 %116, ptr %13, align 8
  br label %85, !llvm.loop !12

117:                                              ; preds = %85
  %118 = load i64, ptr %5, align 8
  %119 = load i64, ptr %9, align 8
  %120 = add nsw i64 %118, %119
  %121 = load i64, ptr %12, align 8
  %122 = add nsw i64 %120, %121
  store i64 %122, ptr %16, align 8
  %123 = load i32, ptr @pcn, align 4
  %124 = load i64, ptr %4, align 8
  %125 = load i64, ptr %16, align 8
  %126 = load i64, ptr %4, align 8
  %127 = load i64, ptr %16, align 8
  %128 = icmp eq i64 %126, %127
  %129 = zext i1 %128 to i32
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %123, i64 noundef %124, i64 noundef %125, i32 noundef %129)
  %131 = load i64, ptr %4, align 8
  %132 = load i64, ptr %16, align 8
  %133 = icmp eq i64 %131, %132
  %134 = zext i1 %133 to i64
  %135 = select i1 %133, i32 0, i32 1
  ret i32 %135
}

; Function Attrs: noinline nounwind uwtable
define internal void @e2(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  call void @e(i32 noundef %5)
  %6 = load i32, ptr %4, align 4
  call void @e(i32 noundef %6)
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @bind(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr @pcn, align 4
  %4 = load i32, ptr %2, align 4
  %5 = sext i32 %4 to i64
  %6 = getelementptr inbounds [32 x i32], ptr @labels, i64 0, i64 %5
  store i32 %3, ptr %6, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @e(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr @pcn, align 4
  %5 = add nsw i32 %4, 1
  store i32 %5, ptr @pcn, align 4
  %6 = sext i32 %4 to i64
  %7 = getelementptr inbounds [1024 x i32], ptr @code, i64 0, i64 %6
  store i32 %3, ptr %7, align 4
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @ej(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  call void @e(i32 noundef %5)
  %6 = load i32, ptr @pcn, align 4
  %7 = load i32, ptr @nfix, align 4
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [64 x i32], ptr @fix_at, i64 0, i64 %8
  store i32 %6, ptr %9, align 4
  %10 = load i32, ptr %4, align 4
  %11 = load i32, ptr @nfix, align 4
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr @nfix, align 4
  %13 = sext i32 %11 to i64
  %14 = getelementptr inbounds [64 x i32], ptr @fix_label, i64 0, i64 %13
  store i32 %10, ptr %14, align 4
  call void @e(i32 noundef 0)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define internal i64 @run(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca [256 x i64], align 16
  %7 = alloca i32, align 4
  %8 = alloca [128 x i64], align 16
  %9 = alloca i32, align 4
  %10 = alloca [32 x i32], align 16
  %11 = alloca [32 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 0, ptr %7, align 4
  store i32 0, ptr %9, align 4
  br label %18

18:                                               ; preds = %36, %2
  %19 = load i32, ptr %9, align 4
  %20 = icmp slt i32 %19, 128
  br i1 %20, label %21, label %39

21:                                               ; preds = %18
  %22 = load i32, ptr %9, align 4
  %23 = icmp slt i32 %22, 16
  br i1 %23, label %24, label %30

24:                                               ; preds = %21
  %25 = load ptr, ptr %5, align 8
  %26 = load i32, ptr %9, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds i64, ptr %25, i64 %27
  %29 = load i64, ptr %28, align 8
  br label %31

30:                                               ; preds = %21
  br label %31

31:                                               ; preds = %30, %24
  %32 = phi i64 [ %29, %24 ], [ 0, %30 ]
  %33 = load i32, ptr %9, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [128 x i64], ptr %8, i64 0, i64 %34
  store i64 %32, ptr %35, align 8
  br label %36

36:                                               ; preds = %31
  %37 = load i32, ptr %9, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, ptr %9, align 4
  br label %18, !llvm.loop !13

39:                                               ; preds = %18
  store i32 0, ptr %12, align 4
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  br label %40

40:                                               ; preds = %293, %39
  %41 = load ptr, ptr %4, align 8
  %42 = load i32, ptr %14, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %14, align 4
  %44 = sext i32 %42 to i64
  %45 = getelementptr inbounds i32, ptr %41, i64 %44
  %46 = load i32, ptr %45, align 4
  store i32 %46, ptr %15, align 4
  %47 = load i32, ptr %15, align 4
  switch i32 %47, label %292 [
    i32 0, label %48
    i32 1, label %60
    i32 2, label %76
    i32 3, label %92
    i32 4, label %109
    i32 5, label %126
    i32 6, label %143
    i32 7, label %156
    i32 8, label %163
    i32 9, label %174
    i32 10, label %193
    i32 11, label %212
    i32 12, label %228
    i32 13, label %244
    i32 14, label %250
    i32 15, label %269
    i32 16, label %280
  ]

48:                                               ; preds = %40
  %49 = load ptr, ptr %4, align 8
  %50 = load i32, ptr %14, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %14, align 4
  %52 = sext i32 %50 to i64
  %53 = getelementptr inbounds i32, ptr %49, i64 %52
  %54 = load i32, ptr %53, align 4
  %55 = sext i32 %54 to i64
  %56 = load i32, ptr %7, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, ptr %7, align 4
  %58 = sext i32 %56 to i64
  %59 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %58
  store i64 %55, ptr %59, align 8
  br label %293

60:                                               ; preds = %40
  %61 = load i32, ptr %13, align 4
  %62 = load ptr, ptr %4, align 8
  %63 = load i32, ptr %14, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %14, align 4
  %65 = sext i32 %63 to i64
  %66 = getelementptr inbounds i32, ptr %62, i64 %65
  %67 = load i32, ptr %66, align 4
  %68 = add nsw i32 %61, %67
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [128 x i64], ptr %8, i64 0, i64 %69
  %71 = load i64, ptr %70, align 8
  %72 = load i32, ptr %7, align 4
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %7, align 4
  %74 = sext i32 %72 to i64
  %75 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %74
  store i64 %71, ptr %75, align 8
  br label %293

76:                                               ; preds = %40
  %77 = load i32, ptr %7, align 4
  %78 = add nsw i32 %77, -1
  store i32 %78, ptr %7, align 4
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %79
  %81 = load i64, ptr %80, align 8
  %82 = load i32, ptr %13, align 4
  %83 = load ptr, ptr %4, align 8
  %84 = load i32, ptr %14, align 4
  %85 = add nsw i32 %84, 1
  store i32 %85, ptr %14, align 4
  %86 = sext i32 %84 to i64
  %87 = getelementptr inbounds i32, ptr %83, i64 %86
  %88 = load i32, ptr %87, align 4
  %89 = add nsw i32 %82, %88
  %90 = sext i32 %89 to i64
  %91 = getelementptr inbounds [128 x i64], ptr %8, i64 0, i64 %90
  store i64 %81, ptr %91, align 8
  br label %293

92:                                               ; preds = %40
  %93 = load i32, ptr %7, align 4
  %94 = add nsw i32 %93, -1
  store i32 %94, ptr %7, align 4
  %95 = load i32, ptr %7, align 4
  %96 = sub nsw i32 %95, 1
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %97
  %99 = load i64, ptr %98, align 8
  %100 = load i32, ptr %7, align 4
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %101
  %103 = load i64, ptr %102, align 8
  %104 = add i64 %99, %103
  %105 = load i32, ptr %7, align 4
  %106 = sub nsw i32 %105, 1
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %107
  store i64 %104, ptr %108, align 8
  br label %293

109:                                              ; preds = %40
  %110 = load i32, ptr %7, align 4
  %111 = add nsw i32 %110, -1
  store i32 %111, ptr %7, align 4
  %112 = load i32, ptr %7, align 4
  %113 = sub nsw i32 %112, 1
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %114
  %116 = load i64, ptr %115, align 8
  %117 = load i32, ptr %7, align 4
  %118 = sext i32 %117 to i64
  %119 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %118
  %120 = load i64, ptr %119, align 8
  %121 = sub i64 %116, %120
  %122 = load i32, ptr %7, align 4
  %123 = sub nsw i32 %122, 1
  %124 = sext i32 %123 to i64
  %125 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %124
  store i64 %121, ptr %125, align 8
  br label %293

126:                                              ; preds = %40
  %127 = load i32, ptr %7, align 4
  %128 = add nsw i32 %127, -1
  store i32 %128, ptr %7, align 4
  %129 = load i32, ptr %7, align 4
  %130 = sub nsw i32 %129, 1
  %131 = sext i32 %130 to i64
  %132 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %131
  %133 = load i64, ptr %132, align 8
  %134 = load i32, ptr %7, align 4
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %135
  %137 = load i64, ptr %136, align 8
  %138 = mul i64 %133, %137
  %139 = load i32, ptr %7, align 4
  %140 = sub nsw i32 %139, 1
  %141 = sext i32 %140 to i64
  %142 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %141
  store i64 %138, ptr %142, align 8
  br label %293

143:                                              ; preds = %40
  %144 = load i32, ptr %7, align 4
  %145 = add nsw i32 %144, -1
  store i32 %145, ptr %7, align 4
  %146 = load i32, ptr %7, align 4
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %147
  %149 = load i64, ptr %148, align 8
  %150 = load i32, ptr %7, align 4
  %151 = sub nsw i32 %150, 1
  %152 = sext i32 %151 to i64
  %153 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %152
  %154 = load i64, ptr %153, align 8
  %155 = and i64 %154, %149
  store i64 %155, ptr %153, align 8
  br label %293

156:                                              ; preds = %40
  %157 = load i32, ptr %7, align 4
  %158 = sub nsw i32 %157, 1
  %159 = sext i32 %158 to i64
  %160 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %159
  %161 = load i64, ptr %160, align 8
  %162 = and i64 %161, 1
  store i64 %162, ptr %160, align 8
  br label %293

163:                                              ; preds = %40
  %164 = load i32, ptr %7, align 4
  %165 = sub nsw i32 %164, 1
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %166
  %168 = load i64, ptr %167, align 8
  %169 = lshr i64 %168, 1
  %170 = load i32, ptr %7, align 4
  %171 = sub nsw i32 %170, 1
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %172
  store i64 %169, ptr %173, align 8
  br label %293

174:                                              ; preds = %40
  %175 = load i32, ptr %7, align 4
  %176 = add nsw i32 %175, -1
  store i32 %176, ptr %7, align 4
  %177 = load i32, ptr %7, align 4
  %178 = sub nsw i32 %177, 1
  %179 = sext i32 %178 to i64
  %180 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %179
  %181 = load i64, ptr %180, align 8
  %182 = load i32, ptr %7, align 4
  %183 = sext i32 %182 to i64
  %184 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %183
  %185 = load i64, ptr %184, align 8
  %186 = icmp slt i64 %181, %185
  %187 = zext i1 %186 to i32
  %188 = sext i32 %187 to i64
  %189 = load i32, ptr %7, align 4
  %190 = sub nsw i32 %189, 1
  %191 = sext i32 %190 to i64
  %192 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %191
  store i64 %188, ptr %192, align 8
  br label %293

193:                                              ; preds = %40
  %194 = load i32, ptr %7, align 4
  %195 = add nsw i32 %194, -1
  store i32 %195, ptr %7, align 4
  %196 = load i32, ptr %7, align 4
  %197 = sub nsw i32 %196, 1
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %198
  %200 = load i64, ptr %199, align 8
  %201 = load i32, ptr %7, align 4
  %202 = sext i32 %201 to i64
  %203 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %202
  %204 = load i64, ptr %203, align 8
  %205 = icmp eq i64 %200, %204
  %206 = zext i1 %205 to i32
  %207 = sext i32 %206 to i64
  %208 = load i32, ptr %7, align 4
  %209 = sub nsw i32 %208, 1
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %210
  store i64 %207, ptr %211, align 8
  br label %293

212:                                              ; preds = %40
  %213 = load ptr, ptr %4, align 8
  %214 = load i32, ptr %14, align 4
  %215 = add nsw i32 %214, 1
  store i32 %215, ptr %14, align 4
  %216 = sext i32 %214 to i64
  %217 = getelementptr inbounds i32, ptr %213, i64 %216
  %218 = load i32, ptr %217, align 4
  store i32 %218, ptr %16, align 4
  %219 = load i32, ptr %7, align 4
  %220 = add nsw i32 %219, -1
  store i32 %220, ptr %7, align 4
  %221 = sext i32 %220 to i64
  %222 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %221
  %223 = load i64, ptr %222, align 8
  %224 = icmp eq i64 %223, 0
  br i1 %224, label %225, label %227

225:                                              ; preds = %212
  %226 = load i32, ptr %16, align 4
  store i32 %226, ptr %14, align 4
  br label %227

227:                                              ; preds = %225, %212
  br label %293

228:                                              ; preds = %40
  %229 = load ptr, ptr %4, align 8
  %230 = load i32, ptr %14, align 4
  %231 = add nsw i32 %230, 1
  store i32 %231, ptr %14, align 4
  %232 = sext i32 %230 to i64
  %233 = getelementptr inbounds i32, ptr %229, i64 %232
  %234 = load i32, ptr %233, align 4
  store i32 %234, ptr %17, align 4
  %235 = load i32, ptr %7, align 4
  %236 = add nsw i32 %235, -1
  store i32 %236, ptr %7, align 4
  %237 = sext i32 %236 to i64
  %238 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %237
  %239 = load i64, ptr %238, align 8
  %240 = icmp ne i64 %239, 0
  br i1 %240, label %241, label %243

241:                                              ; preds = %228
  %242 = load i32, ptr %17, align 4
  store i32 %242, ptr %14, align 4
  br label %243

243:                                              ; preds = %241, %228
  br label %293

244:                                              ; preds = %40
  %245 = load ptr, ptr %4, align 8
  %246 = load i32, ptr %14, align 4
  %247 = sext i32 %246 to i64
  %248 = getelementptr inbounds i32, ptr %245, i64 %247
  %249 = load i32, ptr %248, align 4
  store i32 %249, ptr %14, align 4
  br label %293

250:                                              ; preds = %40
  %251 = load i32, ptr %14, align 4
  %252 = add nsw i32 %251, 1
  %253 = load i32, ptr %12, align 4
  %254 = sext i32 %253 to i64
  %255 = getelementptr inbounds [32 x i32], ptr %10, i64 0, i64 %254
  store i32 %252, ptr %255, align 4
  %256 = load i32, ptr %13, align 4
  %257 = load i32, ptr %12, align 4
  %258 = sext i32 %257 to i64
  %259 = getelementptr inbounds [32 x i32], ptr %11, i64 0, i64 %258
  store i32 %256, ptr %259, align 4
  %260 = load i32, ptr %12, align 4
  %261 = add nsw i32 %260, 1
  store i32 %261, ptr %12, align 4
  %262 = load i32, ptr %13, align 4
  %263 = add nsw i32 %262, 16
  store i32 %263, ptr %13, align 4
  %264 = load ptr, ptr %4, align 8
  %265 = load i32, ptr %14, align 4
  %266 = sext i32 %265 to i64
  %267 = getelementptr inbounds i32, ptr %264, i64 %266
  %268 = load i32, ptr %267, align 4
  store i32 %268, ptr %14, align 4
  br label %293

269:                                              ; preds = %40
  %270 = load i32, ptr %12, align 4
  %271 = add nsw i32 %270, -1
  store i32 %271, ptr %12, align 4
  %272 = load i32, ptr %12, align 4
  %273 = sext i32 %272 to i64
  %274 = getelementptr inbounds [32 x i32], ptr %10, i64 0, i64 %273
  %275 = load i32, ptr %274, align 4
  store i32 %275, ptr %14, align 4
  %276 = load i32, ptr %12, align 4
  %277 = sext i32 %276 to i64
  %278 = getelementptr inbounds [32 x i32], ptr %11, i64 0, i64 %277
  %279 = load i32, ptr %278, align 4
  store i32 %279, ptr %13, align 4
  br label %293

280:                                              ; preds = %40
  %281 = load i32, ptr %7, align 4
  %282 = icmp sgt i32 %281, 0
  br i1 %282, label %283, label %289

283:                                              ; preds = %280
  %284 = load i32, ptr %7, align 4
  %285 = sub nsw i32 %284, 1
  %286 = sext i32 %285 to i64
  %287 = getelementptr inbounds [256 x i64], ptr %6, i64 0, i64 %286
  %288 = load i64, ptr %287, align 8
  br label %290

289:                                              ; preds = %280
  br label %290

290:                                              ; preds = %289, %283
  %291 = phi i64 [ %288, %283 ], [ 0, %289 ]
  store i64 %291, ptr %3, align 8
  br label %294

292:                                              ; preds = %40
  store i64 -1, ptr %3, align 8
  br label %294

293:                                              ; preds = %269, %250, %244, %243, %227, %193, %174, %163, %156, %143, %126, %109, %92, %76, %60, %48
  br label %40

294:                                              ; preds = %292, %290
  %295 = load i64, ptr %3, align 8
  ret i64 %295
}

declare i32 @printf(ptr noundef, ...) #2

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
