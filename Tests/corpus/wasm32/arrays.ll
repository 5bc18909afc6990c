; ModuleID = 'arrays.c'
source_filename = "arrays.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Pt = type { i32, i32 }

@grid = internal global [6 x [6 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [23 x i8] c"trace %d corner %d %d\0A\00", align 1
@cube = internal global [3 x [4 x [5 x i16]]] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [11 x i8] c"sum3 %lld\0A\00", align 1
@pts = internal global [8 x %struct.Pt] zeroinitializer, align 16
@.str.2 = private unnamed_addr constant [17 x i8] c"pts %d %d %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [21 x i8] c"local %d %d walk %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"row %d %d\0A\00", align 1
@__const.main.tbl = private unnamed_addr constant [4 x [8 x i8]] [[8 x i8] c"zero\00\00\00\00", [8 x i8] c"one\00\00\00\00\00", [8 x i8] c"two\00\00\00\00\00", [8 x i8] c"three\00\00\00"], align 16
@.str.5 = private unnamed_addr constant [5 x i8] c"%s%c\00", align 1
@main.big = internal global [256 x i32] zeroinitializer, align 16
@.str.6 = private unnamed_addr constant [11 x i8] c"idx %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"flat %d\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca [10 x i32], align 16
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 4
  %12 = alloca [4 x [8 x i8]], align 16
  %13 = alloca i32, align 4
  %14 = alloca i8, align 1
  %15 = alloca ptr, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %18

18:                                               ; preds = %39, %0
  %19 = load i32, ptr %2, align 4
  %20 = icmp slt i32 %19, 6
  br i1 %20, label %21, label %42

21:                                               ; preds = %18
  store i32 0, ptr %3, align 4
  br label %22

22:                                               ; preds = %35, %21
  %23 = load i32, ptr %3, align 4
  %24 = icmp slt i32 %23, 6
  br i1 %24, label %25, label %38

25:                                               ; preds = %22
  %26 = load i32, ptr %2, align 4
  %27 = mul nsw i32 %26, 6
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %27, %28
  %30 = sub nsw i32 %29, 10
  %31 = load i32, ptr %2, align 4
  %32 = getelementptr inbounds [6 x [6 x i32]], ptr @grid, i32 0, i32 %31
  %33 = load i32, ptr %3, align 4
  %34 = getelementptr inbounds [6 x i32], ptr %32, i32 0, i32 %33
  store i32 %30, ptr %34, align 4
  br label %35

35:                                               ; preds = %25
  %36 = load i32, ptr %3, align 4
  %37 = add nsw i32 %36, 1
  store i32 %37, ptr %3, align 4
  br label %22, !llvm.loop !2

38:                                               ; preds = %22
  br label %39

39:                                               ; preds = %38
  %40 = load i32, ptr %2, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, ptr %2, align 4
  br label %18, !llvm.loop !4

42:                                               ; preds = %18
  %43 = call i32 @trace(ptr noundef @grid, i32 noundef 6)
  %44 = load i32, ptr getelementptr inbounds ([6 x i32], ptr @grid, i32 0, i32 5), align 4
  %45 = load i32, ptr getelementptr inbounds ([6 x [6 x i32]], ptr @grid, i32 0, i32 5), align 8
  %46 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %43, i32 noundef %44, i32 noundef %45)
  store i32 0, ptr %4, align 4
  br label %47

47:                                               ; preds = %81, %42
  %48 = load i32, ptr %4, align 4
  %49 = icmp slt i32 %48, 3
  br i1 %49, label %50, label %84

50:                                               ; preds = %47
  store i32 0, ptr %5, align 4
  br label %51

51:                                               ; preds = %77, %50
  %52 = load i32, ptr %5, align 4
  %53 = icmp slt i32 %52, 4
  br i1 %53, label %54, label %80

54:                                               ; preds = %51
  store i32 0, ptr %6, align 4
  br label %55

55:                                               ; preds = %73, %54
  %56 = load i32, ptr %6, align 4
  %57 = icmp slt i32 %56, 5
  br i1 %57, label %58, label %76

58:                                               ; preds = %55
  %59 = load i32, ptr %4, align 4
  %60 = mul nsw i32 %59, 100
  %61 = load i32, ptr %5, align 4
  %62 = mul nsw i32 %61, 10
  %63 = sub nsw i32 %60, %62
  %64 = load i32, ptr %6, align 4
  %65 = add nsw i32 %63, %64
  %66 = trunc i32 %65 to i16
  %67 = load i32, ptr %4, align 4
  %68 = getelementptr inbounds [3 x [4 x [5 x i16]]], ptr @cube, i32 0, i32 %67
  %69 = load i32, ptr %5, align 4
  %70 = getelementptr inbounds [4 x [5 x i16]], ptr %68, i32 0, i32 %69
  %71 = load i32, ptr %6, align 4
  %72 = getelementptr inbounds [5 x i16], ptr %70, i32 0, i32 %71
  store i16 %66, ptr %72, align 2
  br label %73

73:                                               ; preds = %58
  %74 = load i32, ptr %6, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, ptr %6, align 4
  br label %55, !llvm.loop !5

76:                                               ; preds = %55
  br label %77

77:                                               ; preds = %76
  %78 = load i32, ptr %5, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, ptr %5, align 4
  br label %51, !llvm.loop !6

80:                                               ; preds = %51
  br label %81

81:                                               ; preds = %80
  %82 = load i32, ptr %4, align 4
  %83 = add nsw i32 %82, 1
  store i32 %83, ptr %4, align 4
  br label %47, !llvm.loop !7

84:                                               ; preds = %47
  %85 = call i64 @sum3(ptr noundef @cube)
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %85)
  store i32 0, ptr %7, align 4
  br label %87

87:                                               ; preds = %102, %84
  %88 = load i32, ptr %7, align 4
  %89 = icmp slt i32 %88, 8
  br i1 %89, label %90, label %105

90:                                               ; preds = %87
  %91 = load i32, ptr %7, align 4
  %92 = load i32, ptr %7, align 4
  %93 = mul nsw i32 %91, %92
  %94 = load i32, ptr %7, align 4
  %95 = getelementptr inbounds [8 x %struct.Pt], ptr @pts, i32 0, i32 %94
  %96 = getelementptr inbounds nuw %struct.Pt, ptr %95, i32 0, i32 0
  store i32 %93, ptr %96, align 8
  %97 = load i32, ptr %7, align 4
  %98 = sub nsw i32 0, %97
  %99 = load i32, ptr %7, align 4
  %100 = getelementptr inbounds [8 x %struct.Pt], ptr @pts, i32 0, i32 %99
  %101 = getelementptr inbounds nuw %struct.Pt, ptr %100, i32 0, i32 1
  store i32 %98, ptr %101, align 4
  br label %102

102:                                              ; preds = %90
  %103 = load i32, ptr %7, align 4
  %104 = add nsw i32 %103, 1
  store i32 %104, ptr %7, align 4
  br label %87, !llvm.loop !8

105:                                              ; preds = %87
  store ptr getelementptr inbounds ([8 x %struct.Pt], ptr @pts, i32 0, i32 3), ptr %8, align 4
  %106 = load ptr, ptr %8, align 4
  %107 = getelementptr inbounds nuw %struct.Pt, ptr %106, i32 0, i32 0
  %108 = load i32, ptr %107, align 4
  %109 = load ptr, ptr %8, align 4
  %110 = getelementptr inbounds %struct.Pt, ptr %109, i32 2
  %111 = getelementptr inbounds nuw %struct.Pt, ptr %110, i32 0, i32 1
  %112 = load i32, ptr %111, align 4
  %113 = load ptr, ptr %8, align 4
  %114 = ptrtoint ptr %113 to i32
  %115 = sub i32 ptrtoint (ptr getelementptr inbounds ([8 x %struct.Pt], ptr @pts, i32 0, i32 7) to i32), %114
  %116 = sdiv exact i32 %115, 8
  %117 = load ptr, ptr %8, align 4
  %118 = ptrtoint ptr %117 to i32
  %119 = sub i32 %118, ptrtoint (ptr @pts to i32)
  %120 = sdiv exact i32 %119, 8
  %121 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %108, i32 noundef %112, i32 noundef %116, i32 noundef %120)
  call void @llvm.memset.p0.i32(ptr align 16 %9, i8 0, i32 40, i1 false)
  %122 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 0
  store i32 1, ptr %122, align 16
  %123 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 1
  store i32 2, ptr %123, align 4
  %124 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 2
  store i32 3, ptr %124, align 8
  store i64 3, ptr %10, align 8
  br label %125

125:                                              ; preds = %143, %105
  %126 = load i64, ptr %10, align 8
  %127 = icmp slt i64 %126, 10
  br i1 %127, label %128, label %146

128:                                              ; preds = %125
  %129 = load i64, ptr %10, align 8
  %130 = sub nsw i64 %129, 1
  %131 = trunc i64 %130 to i32
  %132 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 %131
  %133 = load i32, ptr %132, align 4
  %134 = load i64, ptr %10, align 8
  %135 = sub nsw i64 %134, 3
  %136 = trunc i64 %135 to i32
  %137 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 %136
  %138 = load i32, ptr %137, align 4
  %139 = add nsw i32 %133, %138
  %140 = load i64, ptr %10, align 8
  %141 = trunc i64 %140 to i32
  %142 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 %141
  store i32 %139, ptr %142, align 4
  br label %143

143:                                              ; preds = %128
  %144 = load i64, ptr %10, align 8
  %145 = add nsw i64 %144, 1
  store i64 %145, ptr %10, align 8
  br label %125, !llvm.loop !9

146:                                              ; preds = %125
  %147 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 9
  %148 = load i32, ptr %147, align 4
  %149 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 5
  %150 = load i32, ptr %149, align 4
  %151 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 0
  %152 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 0
  %153 = getelementptr inbounds i32, ptr %152, i32 10
  %154 = call i32 @ptr_walk(ptr noundef %151, ptr noundef %153)
  %155 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %148, i32 noundef %150, i32 noundef %154)
  store ptr getelementptr inbounds ([6 x [6 x i32]], ptr @grid, i32 0, i32 2), ptr %11, align 4
  %156 = load ptr, ptr %11, align 4
  %157 = getelementptr inbounds [6 x i32], ptr %156, i32 0, i32 1
  %158 = load i32, ptr %157, align 4
  %159 = load ptr, ptr %11, align 4
  %160 = getelementptr inbounds [6 x i32], ptr %159, i32 1
  %161 = getelementptr inbounds [6 x i32], ptr %160, i32 0, i32 5
  %162 = load i32, ptr %161, align 4
  %163 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %158, i32 noundef %162)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %12, ptr align 16 @__const.main.tbl, i32 32, i1 false)
  store i32 0, ptr %13, align 4
  br label %164

164:                                              ; preds = %176, %146
  %165 = load i32, ptr %13, align 4
  %166 = icmp slt i32 %165, 4
  br i1 %166, label %167, label %179

167:                                              ; preds = %164
  %168 = load i32, ptr %13, align 4
  %169 = getelementptr inbounds [4 x [8 x i8]], ptr %12, i32 0, i32 %168
  %170 = getelementptr inbounds [8 x i8], ptr %169, i32 0, i32 0
  %171 = load i32, ptr %13, align 4
  %172 = icmp eq i32 %171, 3
  %173 = zext i1 %172 to i64
  %174 = select i1 %172, i32 10, i32 44
  %175 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %170, i32 noundef %174)
  br label %176

176:                                              ; preds = %167
  %177 = load i32, ptr %13, align 4
  %178 = add nsw i32 %177, 1
  store i32 %178, ptr %13, align 4
  br label %164, !llvm.loop !10

179:                                              ; preds = %164
  store i8 -56, ptr %14, align 1
  %180 = load i8, ptr %14, align 1
  %181 = zext i8 %180 to i32
  %182 = getelementptr inbounds nuw [256 x i32], ptr @main.big, i32 0, i32 %181
  store i32 7, ptr %182, align 4
  %183 = load i8, ptr %14, align 1
  %184 = zext i8 %183 to i32
  %185 = add nsw i32 %184, 100
  %186 = trunc i32 %185 to i8
  %187 = zext i8 %186 to i32
  %188 = getelementptr inbounds nuw [256 x i32], ptr @main.big, i32 0, i32 %187
  store i32 8, ptr %188, align 4
  %189 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @main.big, i32 0, i32 200), align 16
  %190 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @main.big, i32 0, i32 44), align 16
  %191 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %189, i32 noundef %190)
  store ptr @grid, ptr %15, align 4
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %192

192:                                              ; preds = %202, %179
  %193 = load i32, ptr %17, align 4
  %194 = icmp slt i32 %193, 36
  br i1 %194, label %195, label %205

195:                                              ; preds = %192
  %196 = load ptr, ptr %15, align 4
  %197 = load i32, ptr %17, align 4
  %198 = getelementptr inbounds i32, ptr %196, i32 %197
  %199 = load i32, ptr %198, align 4
  %200 = load i32, ptr %16, align 4
  %201 = add nsw i32 %200, %199
  store i32 %201, ptr %16, align 4
  br label %202

202:                                              ; preds = %195
  %203 = load i32, ptr %17, align 4
  %204 = add nsw i32 %203, 7
  store i32 %204, ptr %17, align 4
  br label %192, !llvm.loop !11

205:                                              ; preds = %192
  %206 = load i32, ptr %16, align 4
  %207 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %206)
  %208 = load i32, ptr %16, align 4
  %209 = and i32 %208, 63
  ret i32 %209
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @trace(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %20, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %23

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 4
  %13 = load i32, ptr %6, align 4
  %14 = getelementptr inbounds [6 x i32], ptr %12, i32 %13
  %15 = load i32, ptr %6, align 4
  %16 = getelementptr inbounds [6 x i32], ptr %14, i32 0, i32 %15
  %17 = load i32, ptr %16, align 4
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %5, align 4
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !12

23:                                               ; preds = %7
  %24 = load i32, ptr %5, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone
define internal i64 @sum3(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %42, %1
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 3
  br i1 %9, label %10, label %45

10:                                               ; preds = %7
  store i32 0, ptr %5, align 4
  br label %11

11:                                               ; preds = %38, %10
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %41

14:                                               ; preds = %11
  store i32 0, ptr %6, align 4
  br label %15

15:                                               ; preds = %34, %14
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %16, 5
  br i1 %17, label %18, label %37

18:                                               ; preds = %15
  %19 = load ptr, ptr %2, align 4
  %20 = load i32, ptr %4, align 4
  %21 = getelementptr inbounds [4 x [5 x i16]], ptr %19, i32 %20
  %22 = load i32, ptr %5, align 4
  %23 = getelementptr inbounds [4 x [5 x i16]], ptr %21, i32 0, i32 %22
  %24 = load i32, ptr %6, align 4
  %25 = getelementptr inbounds [5 x i16], ptr %23, i32 0, i32 %24
  %26 = load i16, ptr %25, align 2
  %27 = sext i16 %26 to i32
  %28 = load i32, ptr %4, align 4
  %29 = add nsw i32 %28, 1
  %30 = mul nsw i32 %27, %29
  %31 = sext i32 %30 to i64
  %32 = load i64, ptr %3, align 8
  %33 = add nsw i64 %32, %31
  store i64 %33, ptr %3, align 8
  br label %34

34:                                               ; preds = %18
  %35 = load i32, ptr %6, align 4
  %36 = add nsw i32 %35, 1
  store i32 %36, ptr %6, align 4
  br label %15, !llvm.loop !13

37:                                               ; preds = %15
  br label %38

38:                                               ; preds = %37
  %39 = load i32, ptr %5, align 4
  %40 = add nsw i32 %39, 1
  store i32 %40, ptr %5, align 4
  br label %11, !llvm.loop !14

41:                                               ; preds = %11
  br label %42

42:                                               ; preds = %41
  %43 = load i32, ptr %4, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, ptr %4, align 4
  br label %7, !llvm.loop !15

45:                                               ; preds = %7
  %46 = load i64, ptr %3, align 8
  ret i64 %46
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal i32 @ptr_walk(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 4
  %8 = load ptr, ptr %4, align 4
  %9 = icmp ne ptr %7, %8
  br i1 %9, label %10, label %17

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = mul nsw i32 %11, 3
  %13 = load ptr, ptr %3, align 4
  %14 = getelementptr inbounds nuw i32, ptr %13, i32 1
  store ptr %14, ptr %3, align 4
  %15 = load i32, ptr %13, align 4
  %16 = add nsw i32 %12, %15
  store i32 %16, ptr %5, align 4
  br label %6, !llvm.loop !16

17:                                               ; preds = %6
  %18 = load i32, ptr %5, align 4
  ret i32 %18
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #3

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!14 = distinct !{!14, !3}
!15 = distinct !{!15, !3}
!16 = distinct !{!16, !3}
