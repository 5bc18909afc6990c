; ModuleID = 'arrays.c'
source_filename = "arrays.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca [10 x i32], align 16
  %10 = alloca i64, align 8
  %11 = alloca ptr, align 8
  %12 = alloca [4 x [8 x i8]], align 16
  %13 = alloca i32, align 4
  %14 = alloca i8, align 1
  %15 = alloca ptr, align 8
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  store i32 0, ptr %2, align 4
  br label %18

18:                                               ; preds = %41, %0
  %19 = load i32, ptr %2, align 4
  %20 = icmp slt i32 %19, 6
  br i1 %20, label %21, label %44

21:                                               ; preds = %18
  store i32 0, ptr %3, align 4
  br label %22

22:                                               ; preds = %37, %21
  %23 = load i32, ptr %3, align 4
  %24 = icmp slt i32 %23, 6
  br i1 %24, label %25, label %40

25:                                               ; preds = %22
  %26 = load i32, ptr %2, align 4
  %27 = mul nsw i32 %26, 6
  %28 = load i32, ptr %3, align 4
  %29 = add nsw i32 %27, %28
  %30 = sub nsw i32 %29, 10
  %31 = load i32, ptr %2, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [6 x [6 x i32]], ptr @grid, i64 0, i64 %32
  %34 = load i32, ptr %3, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [6 x i32], ptr %33, i64 0, i64 %35
  store i32 %30, ptr %36, align 4
  br label %37

37:                                               ; preds = %25
  %38 = load i32, ptr %3, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %3, align 4
  br label %22, !llvm.loop !6

40:                                               ; preds = %22
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %2, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %2, align 4
  br label %18, !llvm.loop !8

44:                                               ; preds = %18
  %45 = call i32 @trace(ptr noundef @grid, i32 noundef 6)
  %46 = load i32, ptr getelementptr inbounds ([6 x i32], ptr @grid, i64 0, i64 5), align 4
  %47 = load i32, ptr getelementptr inbounds ([6 x [6 x i32]], ptr @grid, i64 0, i64 5), align 8
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %45, i32 noundef %46, i32 noundef %47)
  store i32 0, ptr %4, align 4
  br label %49

49:                                               ; preds = %86, %44
  %50 = load i32, ptr %4, align 4
  %51 = icmp slt i32 %50, 3
  br i1 %51, label %52, label %89

52:                                               ; preds = %49
  store i32 0, ptr %5, align 4
  br label %53

53:                                               ; preds = %82, %52
  %54 = load i32, ptr %5, align 4
  %55 = icmp slt i32 %54, 4
  br i1 %55, label %56, label %85

56:                                               ; preds = %53
  store i32 0, ptr %6, align 4
  br label %57

57:                                               ; preds = %78, %56
  %58 = load i32, ptr %6, align 4
  %59 = icmp slt i32 %58, 5
  br i1 %59, label %60, label %81

60:                                               ; preds = %57
  %61 = load i32, ptr %4, align 4
  %62 = mul nsw i32 %61, 100
  %63 = load i32, ptr %5, align 4
  %64 = mul nsw i32 %63, 10
  %65 = sub nsw i32 %62, %64
  %66 = load i32, ptr %6, align 4
  %67 = add nsw i32 %65, %66
  %68 = trunc i32 %67 to i16
  %69 = load i32, ptr %4, align 4
  %70 = sext i32 %69 to i64
  %71 = getelementptr inbounds [3 x [4 x [5 x i16]]], ptr @cube, i64 0, i64 %70
  %72 = load i32, ptr %5, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [4 x [5 x i16]], ptr %71, i64 0, i64 %73
  %75 = load i32, ptr %6, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [5 x i16], ptr %74, i64 0, i64 %76
  store i16 %68, ptr %77, align 2
  br label %78

78:                                               ; preds = %60
  %79 = load i32, ptr %6, align 4
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %6, align 4
  br label %57, !llvm.loop !9

81:                                               ; preds = %57
  br label %82

82:                                               ; preds = %81
  %83 = load i32, ptr %5, align 4
  %84 = add nsw i32 %83, 1
  store i32 %84, ptr %5, align 4
  br label %53, !llvm.loop !10

85:                                               ; preds = %53
  br label %86

86:                                               ; preds = %85
  %87 = load i32, ptr %4, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %4, align 4
  br label %49, !llvm.loop !11

89:                                               ; preds = %49
  %90 = call i64 @sum3(ptr noundef @cube)
  %91 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %90)
  store i32 0, ptr %7, align 4
  br label %92

92:                                               ; preds = %109, %89
  %93 = load i32, ptr %7, align 4
  %94 = icmp slt i32 %93, 8
  br i1 %94, label %95, label %112

95:                                               ; preds = %92
  %96 = load i32, ptr %7, align 4
  %97 = load i32, ptr %7, align 4
  %98 = mul nsw i32 %96, %97
  %99 = load i32, ptr %7, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [8 x %struct.Pt], ptr @pts, i64 0, i64 %100
  %102 = getelementptr inbounds nuw %struct.Pt, ptr %101, i32 0, i32 0
  store i32 %98, ptr %102, align 8
  %103 = load i32, ptr %7, align 4
  %104 = sub nsw i32 0, %103
  %105 = load i32, ptr %7, align 4
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [8 x %struct.Pt], ptr @pts, i64 0, i64 %106
  %108 = getelementptr inbounds nuw %struct.Pt, ptr %107, i32 0, i32 1
  store i32 %104, ptr %108, align 4
  br label %109

109:                                              ; preds = %95
  %110 = load i32, ptr %7, align 4
  %111 = add nsw i32 %110, 1
  store i32 %111, ptr %7, align 4
  br label %92, !llvm.loop !12

112:                                              ; preds = %92
  store ptr getelementptr inbounds ([8 x %struct.Pt], ptr @pts, i64 0, i64 3), ptr %8, align 8
  %113 = load ptr, ptr %8, align 8
  %114 = getelementptr inbounds nuw %struct.Pt, ptr %113, i32 0, i32 0
  %115 = load i32, ptr %114, align 4
  %116 = load ptr, ptr %8, align 8
  %117 = getelementptr inbounds %struct.Pt, ptr %116, i64 2
  %118 = getelementptr inbounds nuw %struct.Pt, ptr %117, i32 0, i32 1
  %119 = load i32, ptr %118, align 4
  %120 = load ptr, ptr %8, align 8
  %121 = ptrtoint ptr %120 to i64
  %122 = sub i64 ptrtoint (ptr getelementptr inbounds ([8 x %struct.Pt], ptr @pts, i64 0, i64 7) to i64), %121
  %123 = sdiv exact i64 %122, 8
  %124 = trunc i64 %123 to i32
  %125 = load ptr, ptr %8, align 8
  %126 = ptrtoint ptr %125 to i64
  %127 = sub i64 %126, ptrtoint (ptr @pts to i64)
  %128 = sdiv exact i64 %127, 8
  %129 = trunc i64 %128 to i32
  %130 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %115, i32 noundef %119, i32 noundef %124, i32 noundef %129)
  call void @llvm.memset.p0.i64(ptr align 16 %9, i8 0, i64 40, i1 false)
  %131 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 0
  store i32 1, ptr %131, align 16
  %132 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 1
  store i32 2, ptr %132, align 4
  %133 = getelementptr inbounds [10 x i32], ptr %9, i32 0, i32 2
  store i32 3, ptr %133, align 8
  store i64 3, ptr %10, align 8
  br label %134

134:                                              ; preds = %149, %112
  %135 = load i64, ptr %10, align 8
  %136 = icmp slt i64 %135, 10
  br i1 %136, label %137, label %152

137:                                              ; preds = %134
  %138 = load i64, ptr %10, align 8
  %139 = sub nsw i64 %138, 1
  %140 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 %139
  %141 = load i32, ptr %140, align 4
  %142 = load i64, ptr %10, align 8
  %143 = sub nsw i64 %142, 3
  %144 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 %143
  %145 = load i32, ptr %144, align 4
  %146 = add nsw i32 %141, %145
  %147 = load i64, ptr %10, align 8
  %148 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 %147
  store i32 %146, ptr %148, align 4
  br label %149

149:                                              ; preds = %137
  %150 = load i64, ptr %10, align 8
  %151 = add nsw i64 %150, 1
  store i64 %151, ptr %10, align 8
  br label %134, !llvm.loop !13

152:                                              ; preds = %134
  %153 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 9
  %154 = load i32, ptr %153, align 4
  %155 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 5
  %156 = load i32, ptr %155, align 4
  %157 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  %158 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 0
  %159 = getelementptr inbounds i32, ptr %158, i64 10
  %160 = call i32 @ptr_walk(ptr noundef %157, ptr noundef %159)
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %154, i32 noundef %156, i32 noundef %160)
  store ptr getelementptr inbounds ([6 x [6 x i32]], ptr @grid, i64 0, i64 2), ptr %11, align 8
  %162 = load ptr, ptr %11, align 8
  %163 = getelementptr inbounds [6 x i32], ptr %162, i64 0, i64 1
  %164 = load i32, ptr %163, align 4
  %165 = load ptr, ptr %11, align 8
  %166 = getelementptr inbounds [6 x i32], ptr %165, i64 1
  %167 = getelementptr inbounds [6 x i32], ptr %166, i64 0, i64 5
  %168 = load i32, ptr %167, align 4
  %169 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %164, i32 noundef %168)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %12, ptr align 16 @__const.main.tbl, i64 32, i1 false)
  store i32 0, ptr %13, align 4
  br label %170

170:                                              ; preds = %183, %152
  %171 = load i32, ptr %13, align 4
  %172 = icmp slt i32 %171, 4
  br i1 %172, label %173, label %186

173:                                              ; preds = %170
  %174 = load i32, ptr %13, align 4
  %175 = sext i32 %174 to i64
  %176 = getelementptr inbounds [4 x [8 x i8]], ptr %12, i64 0, i64 %175
  %177 = getelementptr inbounds [8 x i8], ptr %176, i64 0, i64 0
  %178 = load i32, ptr %13, align 4
  %179 = icmp eq i32 %178, 3
  %180 = zext i1 %179 to i64
  %181 = select i1 %179, i32 10, i32 44
  %182 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %177, i32 noundef %181)
  br label %183

183:                                              ; preds = %173
  %184 = load i32, ptr %13, align 4
  %185 = add nsw i32 %184, 1
  store i32 %185, ptr %13, align 4
  br label %170, !llvm.loop !14

186:                                              ; preds = %170
  store i8 -56, ptr %14, align 1
  %187 = load i8, ptr %14, align 1
  %188 = zext i8 %187 to i64
  %189 = getelementptr inbounds nuw [256 x i32], ptr @main.big, i64 0, i64 %188
  store i32 7, ptr %189, align 4
  %190 = load i8, ptr %14, align 1
  %191 = zext i8 %190 to i32
  %192 = add nsw i32 %191, 100
  %193 = trunc i32 %192 to i8
  %194 = zext i8 %193 to i64
  %195 = getelementptr inbounds nuw [256 x i32], ptr @main.big, i64 0, i64 %194
  store i32 8, ptr %195, align 4
  %196 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @main.big, i64 0, i64 200), align 16
  %197 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @main.big, i64 0, i64 44), align 16
  %198 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %196, i32 noundef %197)
  store ptr @grid, ptr %15, align 8
  store i32 0, ptr %16, align 4
  store i32 0, ptr %17, align 4
  br label %199

199:                                              ; preds = %210, %186
  %200 = load i32, ptr %17, align 4
  %201 = icmp slt i32 %200, 36
  br i1 %201, label %202, label %213

202:                                              ; preds = %199
  %203 = load ptr, ptr %15, align 8
  %204 = load i32, ptr %17, align 4
  %205 = sext i32 %204 to i64
  %206 = getelementptr inbounds i32, ptr %203, i64 %205
  %207 = load i32, ptr %206, align 4
  %208 = load i32, ptr %16, align 4
  %209 = add nsw i32 %208, %207
  store i32 %209, ptr %16, align 4
  br label %210

210:                                              ; preds = %202
  %211 = load i32, ptr %17, align 4
  %212 = add nsw i32 %211, 7
  store i32 %212, ptr %17, align 4
  br label %199, !llvm.loop !15

213:                                              ; preds = %199
  %214 = load i32, ptr %16, align 4
  %215 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %214)
  %216 = load i32, ptr %16, align 4
  %217 = and i32 %216, 63
  ret i32 %217
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @trace(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %22, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [6 x i32], ptr %12, i64 %14
  %16 = load i32, ptr %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [6 x i32], ptr %15, i64 0, i64 %17
  %19 = load i32, ptr %18, align 4
  %20 = load i32, ptr %5, align 4
  %21 = add nsw i32 %20, %19
  store i32 %21, ptr %5, align 4
  br label %22

22:                                               ; preds = %11
  %23 = load i32, ptr %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, ptr %6, align 4
  br label %7, !llvm.loop !16

25:                                               ; preds = %7
  %26 = load i32, ptr %5, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sum3(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i64 0, ptr %3, align 8
  store i32 0, ptr %4, align 4
  br label %7

7:                                                ; preds = %45, %1
  %8 = load i32, ptr %4, align 4
  %9 = icmp slt i32 %8, 3
  br i1 %9, label %10, label %48

10:                                               ; preds = %7
  store i32 0, ptr %5, align 4
  br label %11

11:                                               ; preds = %41, %10
  %12 = load i32, ptr %5, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %44

14:                                               ; preds = %11
  store i32 0, ptr %6, align 4
  br label %15

15:                                               ; preds = %37, %14
  %16 = load i32, ptr %6, align 4
  %17 = icmp slt i32 %16, 5
  br i1 %17, label %18, label %40

18:                                               ; preds = %15
  %19 = load ptr, ptr %2, align 8
  %20 = load i32, ptr %4, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [4 x [5 x i16]], ptr %19, i64 %21
  %23 = load i32, ptr %5, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [4 x [5 x i16]], ptr %22, i64 0, i64 %24
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [5 x i16], ptr %25, i64 0, i64 %27
  %29 = load i16, ptr %28, align 2
  %30 = sext i16 %29 to i32
  %31 = load i32, ptr %4, align 4
  %32 = add nsw i32 %31, 1
  %33 = mul nsw i32 %30, %32
  %34 = sext i32 %33 to i64
  %35 = load i64, ptr %3, align 8
  %36 = add nsw i64 %35, %34
  store i64 %36, ptr %3, align 8
  br label %37

37:                                               ; preds = %18
  %38 = load i32, ptr %6, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %6, align 4
  br label %15, !llvm.loop !17

40:                                               ; preds = %15
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %5, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %5, align 4
  br label %11, !llvm.loop !18

44:                                               ; preds = %11
  br label %45

45:                                               ; preds = %44
  %46 = load i32, ptr %4, align 4
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %4, align 4
  br label %7, !llvm.loop !19

48:                                               ; preds = %7
  %49 = load i64, ptr %3, align 8
  ret i64 %49
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @ptr_walk(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %10, %2
  %7 = load ptr, ptr %3, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = icmp ne ptr %7, %8
  br i1 %9, label %10, label %17

10:                                               ; preds = %6
  %11 = load i32, ptr %5, align 4
  %12 = mul nsw i32 %11, 3
  %13 = load ptr, ptr %3, align 8
  %14 = getelementptr inbounds nuw i32, ptr %13, i32 1
  store ptr %14, ptr %3, align 8
  %15 = load i32, ptr %13, align 4
  %16 = add nsw i32 %12, %15
  store i32 %16, ptr %5, align 4
  br label %6, !llvm.loop !20

17:                                               ; preds = %6
  %18 = load i32, ptr %5, align 4
  ret i32 %18
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
