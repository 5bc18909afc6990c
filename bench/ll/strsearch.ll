; ModuleID = 'strsearch.c'
source_filename = "strsearch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [5 x i8] c"abcd\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"aaaaaa\00", align 1
@.str.2 = private unnamed_addr constant [9 x i8] c"abcabcab\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"dcbadcbaddcc\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bbbbbbbbbb\00", align 1
@.str.5 = private unnamed_addr constant [9 x i8] c"acgtacgt\00", align 1
@.str.6 = private unnamed_addr constant [4 x i8] c"ddd\00", align 1
@__const.main.pats = private unnamed_addr constant [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [62 x i8] c"strsearch text=%d patterns=%d matches=%llu firsts=%llu ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca [7 x ptr], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %18 = call noalias ptr @malloc(i64 noundef 2000001) #6
  store ptr %18, ptr %2, align 8
  %19 = load ptr, ptr %2, align 8
  %20 = icmp ne ptr %19, null
  br i1 %20, label %22, label %21

21:                                               ; preds = %0
  store i32 2, ptr %1, align 4
  br label %121

22:                                               ; preds = %0
  store i32 7, ptr %3, align 4
  store i32 0, ptr %4, align 4
  br label %23

23:                                               ; preds = %39, %22
  %24 = load i32, ptr %4, align 4
  %25 = icmp slt i32 %24, 2000000
  br i1 %25, label %26, label %42

26:                                               ; preds = %23
  %27 = load i32, ptr %3, align 4
  %28 = mul i32 %27, 1103515245
  %29 = add i32 %28, 12345
  store i32 %29, ptr %3, align 4
  %30 = load i32, ptr %3, align 4
  %31 = lshr i32 %30, 16
  %32 = urem i32 %31, 4
  %33 = add i32 97, %32
  %34 = trunc i32 %33 to i8
  %35 = load ptr, ptr %2, align 8
  %36 = load i32, ptr %4, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i8, ptr %35, i64 %37
  store i8 %34, ptr %38, align 1
  br label %39

39:                                               ; preds = %26
  %40 = load i32, ptr %4, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %4, align 4
  br label %23, !llvm.loop !6

42:                                               ; preds = %23
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds i8, ptr %43, i64 2000000
  store i8 0, ptr %44, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.pats, i64 56, i1 false)
  store i32 7, ptr %6, align 4
  store i32 1, ptr %7, align 4
  store i64 0, ptr %8, align 8
  store i64 0, ptr %9, align 8
  store i32 0, ptr %10, align 4
  br label %45

45:                                               ; preds = %107, %42
  %46 = load i32, ptr %10, align 4
  %47 = load i32, ptr %6, align 4
  %48 = icmp slt i32 %46, %47
  br i1 %48, label %49, label %110

49:                                               ; preds = %45
  %50 = load i32, ptr %10, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [7 x ptr], ptr %5, i64 0, i64 %51
  %53 = load ptr, ptr %52, align 8
  %54 = call i64 @strlen(ptr noundef %53) #7
  %55 = trunc i64 %54 to i32
  store i32 %55, ptr %11, align 4
  %56 = load ptr, ptr %2, align 8
  %57 = load i32, ptr %10, align 4
  %58 = sext i32 %57 to i64
  %59 = getelementptr inbounds [7 x ptr], ptr %5, i64 0, i64 %58
  %60 = load ptr, ptr %59, align 8
  %61 = load i32, ptr %11, align 4
  %62 = call i32 @naive(ptr noundef %56, i32 noundef 2000000, ptr noundef %60, i32 noundef %61, ptr noundef %12)
  store i32 %62, ptr %15, align 4
  %63 = load ptr, ptr %2, align 8
  %64 = load i32, ptr %10, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [7 x ptr], ptr %5, i64 0, i64 %65
  %67 = load ptr, ptr %66, align 8
  %68 = load i32, ptr %11, align 4
  %69 = call i32 @kmp(ptr noundef %63, i32 noundef 2000000, ptr noundef %67, i32 noundef %68, ptr noundef %13)
  store i32 %69, ptr %16, align 4
  %70 = load ptr, ptr %2, align 8
  %71 = load i32, ptr %10, align 4
  %72 = sext i32 %71 to i64
  %73 = getelementptr inbounds [7 x ptr], ptr %5, i64 0, i64 %72
  %74 = load ptr, ptr %73, align 8
  %75 = load i32, ptr %11, align 4
  %76 = call i32 @horspool(ptr noundef %70, i32 noundef 2000000, ptr noundef %74, i32 noundef %75, ptr noundef %14)
  store i32 %76, ptr %17, align 4
  %77 = load i32, ptr %15, align 4
  %78 = load i32, ptr %16, align 4
  %79 = icmp ne i32 %77, %78
  br i1 %79, label %92, label %80

80:                                               ; preds = %49
  %81 = load i32, ptr %15, align 4
  %82 = load i32, ptr %17, align 4
  %83 = icmp ne i32 %81, %82
  br i1 %83, label %92, label %84

84:                                               ; preds = %80
  %85 = load i32, ptr %12, align 4
  %86 = load i32, ptr %13, align 4
  %87 = icmp ne i32 %85, %86
  br i1 %87, label %92, label %88

88:                                               ; preds = %84
  %89 = load i32, ptr %12, align 4
  %90 = load i32, ptr %14, align 4
  %91 = icmp ne i32 %89, %90
  br i1 %91, label %92, label %93

92:                                               ; preds = %88, %84, %80, %49
  store i32 0, ptr %7, align 4
  br label %93

93:                                               ; preds = %92, %88
  %94 = load i32, ptr %15, align 4
  %95 = sext i32 %94 to i64
  %96 = load i64, ptr %8, align 8
  %97 = add i64 %96, %95
  store i64 %97, ptr %8, align 8
  %98 = load i32, ptr %12, align 4
  %99 = add nsw i32 %98, 1
  %100 = sext i32 %99 to i64
  %101 = load i32, ptr %10, align 4
  %102 = add nsw i32 %101, 1
  %103 = sext i32 %102 to i64
  %104 = mul i64 %100, %103
  %105 = load i64, ptr %9, align 8
  %106 = add i64 %105, %104
  store i64 %106, ptr %9, align 8
  br label %107

107:                                              ; preds = %93
  %108 = load i32, ptr %10, align 4
  %109 = add nsw i32 %108, 1
  store i32 %109, ptr %10, align 4
  br label %45, !llvm.loop !8

110:                                              ; preds = %45
  %111 = load i32, ptr %6, align 4
  %112 = load i64, ptr %8, align 8
  %113 = load i64, ptr %9, align 8
  %114 = load i32, ptr %7, align 4
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef 2000000, i32 noundef %111, i64 noundef %112, i64 noundef %113, i32 noundef %114)
  %116 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %116) #8
  %117 = load i32, ptr %7, align 4
  %118 = icmp ne i32 %117, 0
  %119 = zext i1 %118 to i64
  %120 = select i1 %118, i32 0, i32 1
  store i32 %120, ptr %1, align 4
  br label %121

121:                                              ; preds = %110, %21
  %122 = load i32, ptr %1, align 4
  ret i32 %122
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nounwind willreturn memory(read)
declare i64 @strlen(ptr noundef) #3

; Function Attrs: noinline nounwind uwtable
define internal i32 @naive(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store ptr %4, ptr %10, align 8
  store i32 0, ptr %11, align 4
  %14 = load ptr, ptr %10, align 8
  store i32 -1, ptr %14, align 4
  store i32 0, ptr %12, align 4
  br label %15

15:                                               ; preds = %61, %5
  %16 = load i32, ptr %12, align 4
  %17 = load i32, ptr %9, align 4
  %18 = add nsw i32 %16, %17
  %19 = load i32, ptr %7, align 4
  %20 = icmp sle i32 %18, %19
  br i1 %20, label %21, label %64

21:                                               ; preds = %15
  store i32 0, ptr %13, align 4
  br label %22

22:                                               ; preds = %44, %21
  %23 = load i32, ptr %13, align 4
  %24 = load i32, ptr %9, align 4
  %25 = icmp slt i32 %23, %24
  br i1 %25, label %26, label %42

26:                                               ; preds = %22
  %27 = load ptr, ptr %6, align 8
  %28 = load i32, ptr %12, align 4
  %29 = load i32, ptr %13, align 4
  %30 = add nsw i32 %28, %29
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds i8, ptr %27, i64 %31
  %33 = load i8, ptr %32, align 1
  %34 = sext i8 %33 to i32
  %35 = load ptr, ptr %8, align 8
  %36 = load i32, ptr %13, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds i8, ptr %35, i64 %37
  %39 = load i8, ptr %38, align 1
  %40 = sext i8 %39 to i32
  %41 = icmp eq i32 %34, %40
  br label %42

42:                                               ; preds = %26, %22
  %43 = phi i1 [ false, %22 ], [ %41, %26 ]
  br i1 %43, label %44, label %47

44:                                               ; preds = %42
  %45 = load i32, ptr %13, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %13, align 4
  br label %22, !llvm.loop !9

47:                                               ; preds = %42
  %48 = load i32, ptr %13, align 4
  %49 = load i32, ptr %9, align 4
  %50 = icmp eq i32 %48, %49
  br i1 %50, label %51, label %60

51:                                               ; preds = %47
  %52 = load i32, ptr %11, align 4
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %54, label %57

54:                                               ; preds = %51
  %55 = load i32, ptr %12, align 4
  %56 = load ptr, ptr %10, align 8
  store i32 %55, ptr %56, align 4
  br label %57

57:                                               ; preds = %54, %51
  %58 = load i32, ptr %11, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, ptr %11, align 4
  br label %60

60:                                               ; preds = %57, %47
  br label %61

61:                                               ; preds = %60
  %62 = load i32, ptr %12, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, ptr %12, align 4
  br label %15, !llvm.loop !10

64:                                               ; preds = %15
  %65 = load i32, ptr %11, align 4
  ret i32 %65
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @kmp(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca [64 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store ptr %4, ptr %10, align 8
  %17 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 0
  store i32 0, ptr %17, align 16
  store i32 1, ptr %12, align 4
  store i32 0, ptr %13, align 4
  br label %18

18:                                               ; preds = %70, %5
  %19 = load i32, ptr %12, align 4
  %20 = load i32, ptr %9, align 4
  %21 = icmp slt i32 %19, %20
  br i1 %21, label %22, label %73

22:                                               ; preds = %18
  br label %23

23:                                               ; preds = %42, %22
  %24 = load i32, ptr %13, align 4
  %25 = icmp sgt i32 %24, 0
  br i1 %25, label %26, label %40

26:                                               ; preds = %23
  %27 = load ptr, ptr %8, align 8
  %28 = load i32, ptr %12, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds i8, ptr %27, i64 %29
  %31 = load i8, ptr %30, align 1
  %32 = sext i8 %31 to i32
  %33 = load ptr, ptr %8, align 8
  %34 = load i32, ptr %13, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i8, ptr %33, i64 %35
  %37 = load i8, ptr %36, align 1
  %38 = sext i8 %37 to i32
  %39 = icmp ne i32 %32, %38
  br label %40

40:                                               ; preds = %26, %23
  %41 = phi i1 [ false, %23 ], [ %39, %26 ]
  br i1 %41, label %42, label %48

42:                                               ; preds = %40
  %43 = load i32, ptr %13, align 4
  %44 = sub nsw i32 %43, 1
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %45
  %47 = load i32, ptr %46, align 4
  store i32 %47, ptr %13, align 4
  br label %23, !llvm.loop !11

48:                                               ; preds = %40
  %49 = load ptr, ptr %8, align 8
  %50 = load i32, ptr %12, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds i8, ptr %49, i64 %51
  %53 = load i8, ptr %52, align 1
  %54 = sext i8 %53 to i32
  %55 = load ptr, ptr %8, align 8
  %56 = load i32, ptr %13, align 4
  %57 = sext i32 %56 to i64
  %58 = getelementptr inbounds i8, ptr %55, i64 %57
  %59 = load i8, ptr %58, align 1
  %60 = sext i8 %59 to i32
  %61 = icmp eq i32 %54, %60
  br i1 %61, label %62, label %65

62:                                               ; preds = %48
  %63 = load i32, ptr %13, align 4
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %13, align 4
  br label %65

65:                                               ; preds = %62, %48
  %66 = load i32, ptr %13, align 4
  %67 = load i32, ptr %12, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %68
  store i32 %66, ptr %69, align 4
  br label %70

70:                                               ; preds = %65
  %71 = load i32, ptr %12, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, ptr %12, align 4
  br label %18, !llvm.loop !12

73:                                               ; preds = %18
  store i32 0, ptr %14, align 4
  %74 = load ptr, ptr %10, align 8
  store i32 -1, ptr %74, align 4
  store i32 0, ptr %15, align 4
  store i32 0, ptr %16, align 4
  br label %75

75:                                               ; preds = %144, %73
  %76 = load i32, ptr %15, align 4
  %77 = load i32, ptr %7, align 4
  %78 = icmp slt i32 %76, %77
  br i1 %78, label %79, label %147

79:                                               ; preds = %75
  br label %80

80:                                               ; preds = %99, %79
  %81 = load i32, ptr %16, align 4
  %82 = icmp sgt i32 %81, 0
  br i1 %82, label %83, label %97

83:                                               ; preds = %80
  %84 = load ptr, ptr %6, align 8
  %85 = load i32, ptr %15, align 4
  %86 = sext i32 %85 to i64
  %87 = getelementptr inbounds i8, ptr %84, i64 %86
  %88 = load i8, ptr %87, align 1
  %89 = sext i8 %88 to i32
  %90 = load ptr, ptr %8, align 8
  %91 = load i32, ptr %16, align 4
  %92 = sext i32 %91 to i64
  %93 = getelementptr inbounds i8, ptr %90, i64 %92
  %94 = load i8, ptr %93, align 1
  %95 = sext i8 %94 to i32
  %96 = icmp ne i32 %89, %95
  br label %97

97:                                               ; preds = %83, %80
  %98 = phi i1 [ false, %80 ], [ %96, %83 ]
  br i1 %98, label %99, label %105

99:                                               ; preds = %97
  %100 = load i32, ptr %16, align 4
  %101 = sub nsw i32 %100, 1
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %102
  %104 = load i32, ptr %103, align 4
  store i32 %104, ptr %16, align 4
  br label %80, !llvm.loop !13

105:                                              ; preds = %97
  %106 = load ptr, ptr %6, align 8
  %107 = load i32, ptr %15, align 4
  %108 = sext i32 %107 to i64
  %109 = getelementptr inbounds i8, ptr %106, i64 %108
  %110 = load i8, ptr %109, align 1
  %111 = sext i8 %110 to i32
  %112 = load ptr, ptr %8, align 8
  %113 = load i32, ptr %16, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds i8, ptr %112, i64 %114
  %116 = load i8, ptr %115, align 1
  %117 = sext i8 %116 to i32
  %118 = icmp eq i32 %111, %117
  br i1 %118, label %119, label %122

119:                                              ; preds = %105
  %120 = load i32, ptr %16, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %16, align 4
  br label %122

122:                                              ; preds = %119, %105
  %123 = load i32, ptr %16, align 4
  %124 = load i32, ptr %9, align 4
  %125 = icmp eq i32 %123, %124
  br i1 %125, label %126, label %143

126:                                              ; preds = %122
  %127 = load i32, ptr %14, align 4
  %128 = icmp eq i32 %127, 0
  br i1 %128, label %129, label %135

129:                                              ; preds = %126
  %130 = load i32, ptr %15, align 4
  %131 = load i32, ptr %9, align 4
  %132 = sub nsw i32 %130, %131
  %133 = add nsw i32 %132, 1
  %134 = load ptr, ptr %10, align 8
  store i32 %133, ptr %134, align 4
  br label %135

135:                                              ; preds = %129, %126
  %136 = load i32, ptr %14, align 4
  %137 = add nsw i32 %136, 1
  store i32 %137, ptr %14, align 4
  %138 = load i32, ptr %16, align 4
  %139 = sub nsw i32 %138, 1
  %140 = sext i32 %139 to i64
  %141 = getelementptr inbounds [64 x i32], ptr %11, i64 0, i64 %140
  %142 = load i32, ptr %141, align 4
  store i32 %142, ptr %16, align 4
  br label %143

143:                                              ; preds = %135, %122
  br label %144

144:                                              ; preds = %143
  %145 = load i32, ptr %15, align 4
  %146 = add nsw i32 %145, 1
  store i32 %146, ptr %15, align 4
  br label %75, !llvm.loop !14

147:                                              ; preds = %75
  %148 = load i32, ptr %14, align 4
  ret i32 %148
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @horspool(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca i32, align 4
  %10 = alloca ptr, align 8
  %11 = alloca [256 x i32], align 16
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  store ptr %0, ptr %6, align 8
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 8
  store i32 %3, ptr %9, align 4
  store ptr %4, ptr %10, align 8
  store i32 0, ptr %12, align 4
  br label %17

17:                                               ; preds = %25, %5
  %18 = load i32, ptr %12, align 4
  %19 = icmp slt i32 %18, 256
  br i1 %19, label %20, label %28

20:                                               ; preds = %17
  %21 = load i32, ptr %9, align 4
  %22 = load i32, ptr %12, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [256 x i32], ptr %11, i64 0, i64 %23
  store i32 %21, ptr %24, align 4
  br label %25

25:                                               ; preds = %20
  %26 = load i32, ptr %12, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %12, align 4
  br label %17, !llvm.loop !15

28:                                               ; preds = %17
  store i32 0, ptr %13, align 4
  br label %29

29:                                               ; preds = %46, %28
  %30 = load i32, ptr %13, align 4
  %31 = load i32, ptr %9, align 4
  %32 = sub nsw i32 %31, 1
  %33 = icmp slt i32 %30, %32
  br i1 %33, label %34, label %49

34:                                               ; preds = %29
  %35 = load i32, ptr %9, align 4
  %36 = sub nsw i32 %35, 1
  %37 = load i32, ptr %13, align 4
  %38 = sub nsw i32 %36, %37
  %39 = load ptr, ptr %8, align 8
  %40 = load i32, ptr %13, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds i8, ptr %39, i64 %41
  %43 = load i8, ptr %42, align 1
  %44 = zext i8 %43 to i64
  %45 = getelementptr inbounds nuw [256 x i32], ptr %11, i64 0, i64 %44
  store i32 %38, ptr %45, align 4
  br label %46

46:                                               ; preds = %34
  %47 = load i32, ptr %13, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, ptr %13, align 4
  br label %29, !llvm.loop !16

49:                                               ; preds = %29
  store i32 0, ptr %14, align 4
  %50 = load ptr, ptr %10, align 8
  store i32 -1, ptr %50, align 4
  store i32 0, ptr %15, align 4
  br label %51

51:                                               ; preds = %96, %49
  %52 = load i32, ptr %15, align 4
  %53 = load i32, ptr %9, align 4
  %54 = add nsw i32 %52, %53
  %55 = load i32, ptr %7, align 4
  %56 = icmp sle i32 %54, %55
  br i1 %56, label %57, label %110

57:                                               ; preds = %51
  %58 = load i32, ptr %9, align 4
  %59 = sub nsw i32 %58, 1
  store i32 %59, ptr %16, align 4
  br label %60

60:                                               ; preds = %81, %57
  %61 = load i32, ptr %16, align 4
  %62 = icmp sge i32 %61, 0
  br i1 %62, label %63, label %79

63:                                               ; preds = %60
  %64 = load ptr, ptr %6, align 8
  %65 = load i32, ptr %15, align 4
  %66 = load i32, ptr %16, align 4
  %67 = add nsw i32 %65, %66
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds i8, ptr %64, i64 %68
  %70 = load i8, ptr %69, align 1
  %71 = sext i8 %70 to i32
  %72 = load ptr, ptr %8, align 8
  %73 = load i32, ptr %16, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds i8, ptr %72, i64 %74
  %76 = load i8, ptr %75, align 1
  %77 = sext i8 %76 to i32
  %78 = icmp eq i32 %71, %77
  br label %79

79:                                               ; preds = %63, %60
  %80 = phi i1 [ false, %60 ], [ %78, %63 ]
  br i1 %80, label %81, label %84

81:                                               ; preds = %79
  %82 = load i32, ptr %16, align 4
  %83 = add nsw i32 %82, -1
  store i32 %83, ptr %16, align 4
  br label %60, !llvm.loop !17

84:                                               ; preds = %79
  %85 = load i32, ptr %16, align 4
  %86 = icmp slt i32 %85, 0
  br i1 %86, label %87, label %96

87:                                               ; preds = %84
  %88 = load i32, ptr %14, align 4
  %89 = icmp eq i32 %88, 0
  br i1 %89, label %90, label %93

90:                                               ; preds = %87
  %91 = load i32, ptr %15, align 4
  %92 = load ptr, ptr %10, align 8
  store i32 %91, ptr %92, align 4
  br label %93

93:                                               ; preds = %90, %87
  %94 = load i32, ptr %14, align 4
  %95 = add nsw i32 %94, 1
  store i32 %95, ptr %14, align 4
  br label %96

96:                                               ; preds = %93, %84
  %97 = load ptr, ptr %6, align 8
  %98 = load i32, ptr %15, align 4
  %99 = load i32, ptr %9, align 4
  %100 = add nsw i32 %98, %99
  %101 = sub nsw i32 %100, 1
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds i8, ptr %97, i64 %102
  %104 = load i8, ptr %103, align 1
  %105 = zext i8 %104 to i64
  %106 = getelementptr inbounds nuw [256 x i32], ptr %11, i64 0, i64 %105
  %107 = load i32, ptr %106, align 4
  %108 = load i32, ptr %15, align 4
  %109 = add nsw i32 %108, %107
  store i32 %109, ptr %15, align 4
  br label %51, !llvm.loop !18

110:                                              ; preds = %51
  %111 = load i32, ptr %14, align 4
  ret i32 %111
}

declare i32 @printf(ptr noundef, ...) #4

; Function Attrs: nounwind
declare void @free(ptr noundef) #5

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind willreturn memory(read) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind willreturn memory(read) }
attributes #8 = { nounwind }

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
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
