; ModuleID = 'hash.c'
source_filename = "hash.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.entry = type { i64, i64 }

@.str = private unnamed_addr constant [65 x i8] c"hash fnv=%016llx murmur=%08x found=%d missing=%d acc=%llu ok=%d\0A\00", align 1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i64, align 8
  %16 = alloca i64, align 8
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %18 = call noalias ptr @malloc(i64 noundef 6000000) #6
  store ptr %18, ptr %2, align 8
  %19 = call noalias ptr @calloc(i64 noundef 2097152, i64 noundef 16) #7
  store ptr %19, ptr %3, align 8
  %20 = load ptr, ptr %2, align 8
  %21 = icmp ne ptr %20, null
  br i1 %21, label %22, label %25

22:                                               ; preds = %0
  %23 = load ptr, ptr %3, align 8
  %24 = icmp ne ptr %23, null
  br i1 %24, label %26, label %25

25:                                               ; preds = %22, %0
  store i32 2, ptr %1, align 4
  br label %159

26:                                               ; preds = %22
  store i32 -1831433054, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %27

27:                                               ; preds = %49, %26
  %28 = load i32, ptr %5, align 4
  %29 = icmp slt i32 %28, 6000000
  br i1 %29, label %30, label %52

30:                                               ; preds = %27
  %31 = load i32, ptr %4, align 4
  %32 = shl i32 %31, 13
  %33 = load i32, ptr %4, align 4
  %34 = xor i32 %33, %32
  store i32 %34, ptr %4, align 4
  %35 = load i32, ptr %4, align 4
  %36 = lshr i32 %35, 17
  %37 = load i32, ptr %4, align 4
  %38 = xor i32 %37, %36
  store i32 %38, ptr %4, align 4
  %39 = load i32, ptr %4, align 4
  %40 = shl i32 %39, 5
  %41 = load i32, ptr %4, align 4
  %42 = xor i32 %41, %40
  store i32 %42, ptr %4, align 4
  %43 = load i32, ptr %4, align 4
  %44 = trunc i32 %43 to i8
  %45 = load ptr, ptr %2, align 8
  %46 = load i32, ptr %5, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds i8, ptr %45, i64 %47
  store i8 %44, ptr %48, align 1
  br label %49

49:                                               ; preds = %30
  %50 = load i32, ptr %5, align 4
  %51 = add nsw i32 %50, 1
  store i32 %51, ptr %5, align 4
  br label %27, !llvm.loop !6

52:                                               ; preds = %27
  store i64 0, ptr %6, align 8
  store i32 0, ptr %7, align 4
  store i32 0, ptr %8, align 4
  br label %53

53:                                               ; preds = %75, %52
  %54 = load i32, ptr %8, align 4
  %55 = icmp slt i32 %54, 4
  br i1 %55, label %56, label %78

56:                                               ; preds = %53
  %57 = load ptr, ptr %2, align 8
  %58 = load i32, ptr %8, align 4
  %59 = sub nsw i32 6000000, %58
  %60 = sext i32 %59 to i64
  %61 = call i64 @fnv1a(ptr noundef %57, i64 noundef %60)
  %62 = load i64, ptr %6, align 8
  %63 = xor i64 %62, %61
  store i64 %63, ptr %6, align 8
  %64 = load ptr, ptr %2, align 8
  %65 = load i32, ptr %8, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds i8, ptr %64, i64 %66
  %68 = load i32, ptr %8, align 4
  %69 = sub nsw i32 6000000, %68
  %70 = sext i32 %69 to i64
  %71 = load i32, ptr %8, align 4
  %72 = call i32 @murmur3(ptr noundef %67, i64 noundef %70, i32 noundef %71)
  %73 = load i32, ptr %7, align 4
  %74 = xor i32 %73, %72
  store i32 %74, ptr %7, align 4
  br label %75

75:                                               ; preds = %56
  %76 = load i32, ptr %8, align 4
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %8, align 4
  br label %53, !llvm.loop !8

78:                                               ; preds = %53
  store i32 0, ptr %9, align 4
  store i64 1, ptr %10, align 8
  br label %79

79:                                               ; preds = %90, %78
  %80 = load i64, ptr %10, align 8
  %81 = icmp ule i64 %80, 800000
  br i1 %81, label %82, label %93

82:                                               ; preds = %79
  %83 = load ptr, ptr %3, align 8
  %84 = load i64, ptr %10, align 8
  %85 = mul i64 %84, 2654435761
  %86 = load i64, ptr %10, align 8
  %87 = call i32 @insert(ptr noundef %83, i64 noundef %85, i64 noundef %86)
  %88 = load i32, ptr %9, align 4
  %89 = add nsw i32 %88, %87
  store i32 %89, ptr %9, align 4
  br label %90

90:                                               ; preds = %82
  %91 = load i64, ptr %10, align 8
  %92 = add i64 %91, 1
  store i64 %92, ptr %10, align 8
  br label %79, !llvm.loop !9

93:                                               ; preds = %79
  store i64 1, ptr %11, align 8
  br label %94

94:                                               ; preds = %106, %93
  %95 = load i64, ptr %11, align 8
  %96 = icmp ule i64 %95, 800000
  br i1 %96, label %97, label %109

97:                                               ; preds = %94
  %98 = load ptr, ptr %3, align 8
  %99 = load i64, ptr %11, align 8
  %100 = mul i64 %99, 2654435761
  %101 = load i64, ptr %11, align 8
  %102 = add i64 %101, 1
  %103 = call i32 @insert(ptr noundef %98, i64 noundef %100, i64 noundef %102)
  %104 = load i32, ptr %9, align 4
  %105 = add nsw i32 %104, %103
  store i32 %105, ptr %9, align 4
  br label %106

106:                                              ; preds = %97
  %107 = load i64, ptr %11, align 8
  %108 = add i64 %107, 3
  store i64 %108, ptr %11, align 8
  br label %94, !llvm.loop !10

109:                                              ; preds = %94
  store i64 0, ptr %12, align 8
  store i32 0, ptr %13, align 4
  store i32 0, ptr %14, align 4
  store i64 1, ptr %15, align 8
  br label %110

110:                                              ; preds = %131, %109
  %111 = load i64, ptr %15, align 8
  %112 = icmp ule i64 %111, 1600000
  br i1 %112, label %113, label %134

113:                                              ; preds = %110
  %114 = load ptr, ptr %3, align 8
  %115 = load i64, ptr %15, align 8
  %116 = mul i64 %115, 2654435761
  %117 = call i32 @lookup(ptr noundef %114, i64 noundef %116, ptr noundef %16)
  %118 = icmp ne i32 %117, 0
  br i1 %118, label %119, label %127

119:                                              ; preds = %113
  %120 = load i32, ptr %13, align 4
  %121 = add nsw i32 %120, 1
  store i32 %121, ptr %13, align 4
  %122 = load i64, ptr %16, align 8
  %123 = load i64, ptr %15, align 8
  %124 = mul i64 %122, %123
  %125 = load i64, ptr %12, align 8
  %126 = add i64 %125, %124
  store i64 %126, ptr %12, align 8
  br label %130

127:                                              ; preds = %113
  %128 = load i32, ptr %14, align 4
  %129 = add nsw i32 %128, 1
  store i32 %129, ptr %14, align 4
  br label %130

130:                                              ; preds = %127, %119
  br label %131

131:                                              ; preds = %130
  %132 = load i64, ptr %15, align 8
  %133 = add i64 %132, 1
  store i64 %133, ptr %15, align 8
  br label %110, !llvm.loop !11

134:                                              ; preds = %110
  %135 = load i32, ptr %9, align 4
  %136 = icmp eq i32 %135, 800000
  br i1 %136, label %137, label %143

137:                                              ; preds = %134
  %138 = load i32, ptr %13, align 4
  %139 = icmp eq i32 %138, 800000
  br i1 %139, label %140, label %143

140:                                              ; preds = %137
  %141 = load i32, ptr %14, align 4
  %142 = icmp eq i32 %141, 800000
  br label %143

143:                                              ; preds = %140, %137, %134
  %144 = phi i1 [ false, %137 ], [ false, %134 ], [ %142, %140 ]
  %145 = zext i1 %144 to i32
  store i32 %145, ptr %17, align 4
  %146 = load i64, ptr %6, align 8
  %147 = load i32, ptr %7, align 4
  %148 = load i32, ptr %13, align 4
  %149 = load i32, ptr %14, align 4
  %150 = load i64, ptr %12, align 8
  %151 = load i32, ptr %17, align 4
  %152 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %146, i32 noundef %147, i32 noundef %148, i32 noundef %149, i64 noundef %150, i32 noundef %151)
  %153 = load ptr, ptr %2, align 8
  call void @free(ptr noundef %153) #8
  %154 = load ptr, ptr %3, align 8
  call void @free(ptr noundef %154) #8
  %155 = load i32, ptr %17, align 4
  %156 = icmp ne i32 %155, 0
  %157 = zext i1 %156 to i64
  %158 = select i1 %156, i32 0, i32 1
  store i32 %158, ptr %1, align 4
  br label %159

159:                                              ; preds = %143, %25
  %160 = load i32, ptr %1, align 4
  ret i32 %160
}

; Function Attrs: nounwind allocsize(0)
declare noalias ptr @malloc(i64 noundef) #1

; Function Attrs: nounwind allocsize(0,1)
declare noalias ptr @calloc(i64 noundef, i64 noundef) #2

; Function Attrs: noinline nounwind uwtable
define internal i64 @fnv1a(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  store i64 -3750763034362895579, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i64, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = icmp ult i64 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i64, ptr %6, align 8
  %14 = getelementptr inbounds nuw i8, ptr %12, i64 %13
  %15 = load i8, ptr %14, align 1
  %16 = zext i8 %15 to i64
  %17 = load i64, ptr %5, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %5, align 8
  %19 = load i64, ptr %5, align 8
  %20 = mul i64 %19, 1099511628211
  store i64 %20, ptr %5, align 8
  br label %21

21:                                               ; preds = %11
  %22 = load i64, ptr %6, align 8
  %23 = add i64 %22, 1
  store i64 %23, ptr %6, align 8
  br label %7, !llvm.loop !12

24:                                               ; preds = %7
  %25 = load i64, ptr %5, align 8
  ret i64 %25
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @murmur3(ptr noundef %0, i64 noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i64, align 8
  %11 = alloca i64, align 8
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 8
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %15 = load i32, ptr %6, align 4
  store i32 %15, ptr %7, align 4
  store i32 -862048943, ptr %8, align 4
  store i32 461845907, ptr %9, align 4
  %16 = load i64, ptr %5, align 8
  %17 = udiv i64 %16, 4
  store i64 %17, ptr %10, align 8
  store i64 0, ptr %11, align 8
  br label %18

18:                                               ; preds = %43, %3
  %19 = load i64, ptr %11, align 8
  %20 = load i64, ptr %10, align 8
  %21 = icmp ult i64 %19, %20
  br i1 %21, label %22, label %46

22:                                               ; preds = %18
  %23 = load ptr, ptr %4, align 8
  %24 = load i64, ptr %11, align 8
  %25 = mul i64 %24, 4
  %26 = getelementptr inbounds nuw i8, ptr %23, i64 %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %12, ptr align 1 %26, i64 4, i1 false)
  %27 = load i32, ptr %8, align 4
  %28 = load i32, ptr %12, align 4
  %29 = mul i32 %28, %27
  store i32 %29, ptr %12, align 4
  %30 = load i32, ptr %12, align 4
  %31 = call i32 @rotl32(i32 noundef %30, i32 noundef 15)
  store i32 %31, ptr %12, align 4
  %32 = load i32, ptr %9, align 4
  %33 = load i32, ptr %12, align 4
  %34 = mul i32 %33, %32
  store i32 %34, ptr %12, align 4
  %35 = load i32, ptr %12, align 4
  %36 = load i32, ptr %7, align 4
  %37 = xor i32 %36, %35
  store i32 %37, ptr %7, align 4
  %38 = load i32, ptr %7, align 4
  %39 = call i32 @rotl32(i32 noundef %38, i32 noundef 13)
  store i32 %39, ptr %7, align 4
  %40 = load i32, ptr %7, align 4
  %41 = mul i32 %40, 5
  %42 = add i32 %41, -430675100
  store i32 %42, ptr %7, align 4
  br label %43

43:                                               ; preds = %22
  %44 = load i64, ptr %11, align 8
  %45 = add i64 %44, 1
  store i64 %45, ptr %11, align 8
  br label %18, !llvm.loop !13

46:                                               ; preds = %18
  store i32 0, ptr %13, align 4
  %47 = load ptr, ptr %4, align 8
  %48 = load i64, ptr %10, align 8
  %49 = mul i64 %48, 4
  %50 = getelementptr inbounds nuw i8, ptr %47, i64 %49
  store ptr %50, ptr %14, align 8
  %51 = load i64, ptr %5, align 8
  %52 = and i64 %51, 3
  switch i64 %52, label %87 [
    i64 3, label %53
    i64 2, label %61
    i64 1, label %69
  ]

53:                                               ; preds = %46
  %54 = load ptr, ptr %14, align 8
  %55 = getelementptr inbounds i8, ptr %54, i64 2
  %56 = load i8, ptr %55, align 1
  %57 = zext i8 %56 to i32
  %58 = shl i32 %57, 16
  %59 = load i32, ptr %13, align 4
  %60 = xor i32 %59, %58
  store i32 %60, ptr %13, align 4
  br label %61

61:                                               ; preds = %46, %53
  %62 = load ptr, ptr %14, align 8
  %63 = getelementptr inbounds i8, ptr %62, i64 1
  %64 = load i8, ptr %63, align 1
  %65 = zext i8 %64 to i32
  %66 = shl i32 %65, 8
  %67 = load i32, ptr %13, align 4
  %68 = xor i32 %67, %66
  store i32 %68, ptr %13, align 4
  br label %69

69:                                               ; preds = %46, %61
  %70 = load ptr, ptr %14, align 8
  %71 = getelementptr inbounds i8, ptr %70, i64 0
  %72 = load i8, ptr %71, align 1
  %73 = zext i8 %72 to i32
  %74 = load i32, ptr %13, align 4
  %75 = xor i32 %74, %73
  store i32 %75, ptr %13, align 4
  %76 = load i32, ptr %8, align 4
  %77 = load i32, ptr %13, align 4
  %78 = mul i32 %77, %76
  store i32 %78, ptr %13, align 4
  %79 = load i32, ptr %13, align 4
  %80 = call i32 @rotl32(i32 noundef %79, i32 noundef 15)
  store i32 %80, ptr %13, align 4
  %81 = load i32, ptr %9, align 4
  %82 = load i32, ptr %13, align 4
  %83 = mul i32 %82, %81
  store i32 %83, ptr %13, align 4
  %84 = load i32, ptr %13, align 4
  %85 = load i32, ptr %7, align 4
  %86 = xor i32 %85, %84
  store i32 %86, ptr %7, align 4
  br label %87

87:                                               ; preds = %69, %46
  %88 = load i64, ptr %5, align 8
  %89 = trunc i64 %88 to i32
  %90 = load i32, ptr %7, align 4
  %91 = xor i32 %90, %89
  store i32 %91, ptr %7, align 4
  %92 = load i32, ptr %7, align 4
  %93 = lshr i32 %92, 16
  %94 = load i32, ptr %7, align 4
  %95 = xor i32 %94, %93
  store i32 %95, ptr %7, align 4
  %96 = load i32, ptr %7, align 4
  %97 = mul i32 %96, -2048144789
  store i32 %97, ptr %7, align 4
  %98 = load i32, ptr %7, align 4
  %99 = lshr i32 %98, 13
  %100 = load i32, ptr %7, align 4
  %101 = xor i32 %100, %99
  store i32 %101, ptr %7, align 4
  %102 = load i32, ptr %7, align 4
  %103 = mul i32 %102, -1028477387
  store i32 %103, ptr %7, align 4
  %104 = load i32, ptr %7, align 4
  %105 = lshr i32 %104, 16
  %106 = load i32, ptr %7, align 4
  %107 = xor i32 %106, %105
  store i32 %107, ptr %7, align 4
  %108 = load i32, ptr %7, align 4
  ret i32 %108
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @insert(ptr noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  %9 = load i64, ptr %6, align 8
  %10 = call i64 @mix64(i64 noundef %9)
  %11 = trunc i64 %10 to i32
  %12 = and i32 %11, 2097151
  store i32 %12, ptr %8, align 4
  br label %13

13:                                               ; preds = %37, %3
  %14 = load ptr, ptr %5, align 8
  %15 = load i32, ptr %8, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds nuw %struct.entry, ptr %14, i64 %16
  %18 = getelementptr inbounds nuw %struct.entry, ptr %17, i32 0, i32 0
  %19 = load i64, ptr %18, align 8
  %20 = icmp ne i64 %19, 0
  br i1 %20, label %21, label %41

21:                                               ; preds = %13
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %8, align 4
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds nuw %struct.entry, ptr %22, i64 %24
  %26 = getelementptr inbounds nuw %struct.entry, ptr %25, i32 0, i32 0
  %27 = load i64, ptr %26, align 8
  %28 = load i64, ptr %6, align 8
  %29 = icmp eq i64 %27, %28
  br i1 %29, label %30, label %37

30:                                               ; preds = %21
  %31 = load i64, ptr %7, align 8
  %32 = load ptr, ptr %5, align 8
  %33 = load i32, ptr %8, align 4
  %34 = zext i32 %33 to i64
  %35 = getelementptr inbounds nuw %struct.entry, ptr %32, i64 %34
  %36 = getelementptr inbounds nuw %struct.entry, ptr %35, i32 0, i32 1
  store i64 %31, ptr %36, align 8
  store i32 0, ptr %4, align 4
  br label %54

37:                                               ; preds = %21
  %38 = load i32, ptr %8, align 4
  %39 = add i32 %38, 1
  %40 = and i32 %39, 2097151
  store i32 %40, ptr %8, align 4
  br label %13, !llvm.loop !14

41:                                               ; preds = %13
  %42 = load i64, ptr %6, align 8
  %43 = load ptr, ptr %5, align 8
  %44 = load i32, ptr %8, align 4
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds nuw %struct.entry, ptr %43, i64 %45
  %47 = getelementptr inbounds nuw %struct.entry, ptr %46, i32 0, i32 0
  store i64 %42, ptr %47, align 8
  %48 = load i64, ptr %7, align 8
  %49 = load ptr, ptr %5, align 8
  %50 = load i32, ptr %8, align 4
  %51 = zext i32 %50 to i64
  %52 = getelementptr inbounds nuw %struct.entry, ptr %49, i64 %51
  %53 = getelementptr inbounds nuw %struct.entry, ptr %52, i32 0, i32 1
  store i64 %48, ptr %53, align 8
  store i32 1, ptr %4, align 4
  br label %54

54:                                               ; preds = %41, %30
  %55 = load i32, ptr %4, align 4
  ret i32 %55
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @lookup(ptr noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca ptr, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store i64 %1, ptr %6, align 8
  store ptr %2, ptr %7, align 8
  %9 = load i64, ptr %6, align 8
  %10 = call i64 @mix64(i64 noundef %9)
  %11 = trunc i64 %10 to i32
  %12 = and i32 %11, 2097151
  store i32 %12, ptr %8, align 4
  br label %13

13:                                               ; preds = %38, %3
  %14 = load ptr, ptr %5, align 8
  %15 = load i32, ptr %8, align 4
  %16 = zext i32 %15 to i64
  %17 = getelementptr inbounds nuw %struct.entry, ptr %14, i64 %16
  %18 = getelementptr inbounds nuw %struct.entry, ptr %17, i32 0, i32 0
  %19 = load i64, ptr %18, align 8
  %20 = icmp ne i64 %19, 0
  br i1 %20, label %21, label %42

21:                                               ; preds = %13
  %22 = load ptr, ptr %5, align 8
  %23 = load i32, ptr %8, align 4
  %24 = zext i32 %23 to i64
  %25 = getelementptr inbounds nuw %struct.entry, ptr %22, i64 %24
  %26 = getelementptr inbounds nuw %struct.entry, ptr %25, i32 0, i32 0
  %27 = load i64, ptr %26, align 8
  %28 = load i64, ptr %6, align 8
  %29 = icmp eq i64 %27, %28
  br i1 %29, label %30, label %38

30:                                               ; preds = %21
  %31 = load ptr, ptr %5, align 8
  %32 = load i32, ptr %8, align 4
  %33 = zext i32 %32 to i64
  %34 = getelementptr inbounds nuw %struct.entry, ptr %31, i64 %33
  %35 = getelementptr inbounds nuw %struct.entry, ptr %34, i32 0, i32 1
  %36 = load i64, ptr %35, align 8
  %37 = load ptr, ptr %7, align 8
  store i64 %36, ptr %37, align 8
  store i32 1, ptr %4, align 4
  br label %43

38:                                               ; preds = %21
  %39 = load i32, ptr %8, align 4
  %40 = add i32 %39, 1
  %41 = and i32 %40, 2097151
  store i32 %41, ptr %8, align 4
  br label %13, !llvm.loop !15

42:                                               ; preds = %13
  store i32 0, ptr %4, align 4
  br label %43

43:                                               ; preds = %42, %30
  %44 = load i32, ptr %4, align 4
  ret i32 %44
}

declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: nounwind
declare void @free(ptr noundef) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: noinline nounwind uwtable
define internal i32 @rotl32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = shl i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = sub nsw i32 32, %9
  %11 = lshr i32 %8, %10
  %12 = or i32 %7, %11
  ret i32 %12
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @mix64(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  store i64 %0, ptr %2, align 8
  %3 = load i64, ptr %2, align 8
  %4 = lshr i64 %3, 33
  %5 = load i64, ptr %2, align 8
  %6 = xor i64 %5, %4
  store i64 %6, ptr %2, align 8
  %7 = load i64, ptr %2, align 8
  %8 = mul i64 %7, -49064778989728563
  store i64 %8, ptr %2, align 8
  %9 = load i64, ptr %2, align 8
  %10 = lshr i64 %9, 33
  %11 = load i64, ptr %2, align 8
  %12 = xor i64 %11, %10
  store i64 %12, ptr %2, align 8
  %13 = load i64, ptr %2, align 8
  %14 = mul i64 %13, -4265267296055464877
  store i64 %14, ptr %2, align 8
  %15 = load i64, ptr %2, align 8
  %16 = lshr i64 %15, 33
  %17 = load i64, ptr %2, align 8
  %18 = xor i64 %17, %16
  store i64 %18, ptr %2, align 8
  %19 = load i64, ptr %2, align 8
  ret i64 %19
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind allocsize(0) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind allocsize(0,1) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { nounwind allocsize(0) }
attributes #7 = { nounwind allocsize(0,1) }
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
