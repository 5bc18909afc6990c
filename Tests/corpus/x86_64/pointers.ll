; ModuleID = 'pointers.c'
source_filename = "pointers.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.S = type { i8, i32, double, [3 x i16] }

@__const.main.arr = private unnamed_addr constant [8 x i32] [i32 10, i32 20, i32 30, i32 40, i32 50, i32 60, i32 70, i32 80], align 16
@.str = private unnamed_addr constant [20 x i8] c"cmp %d %d %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"diff %d %d\0A\00", align 1
@.str.2 = private unnamed_addr constant [12 x i8] c"pick %d %d\0A\00", align 1
@.str.3 = private unnamed_addr constant [12 x i8] c"swap %d %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"align %d %d\0A\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"inttoptr %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [11 x i8] c"neg %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [9 x i8] c"void %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [12 x i8] c"nonnull %d\0A\00", align 1
@.str.9 = private unnamed_addr constant [12 x i8] c"find %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [18 x i8] c"offsets %u %u %u\0A\00", align 1
@__const.main.st = private unnamed_addr constant { i8, [3 x i8], i32, double, [3 x i16], [2 x i8] } { i8 120, [3 x i8] zeroinitializer, i32 5, double 2.500000e+00, [3 x i16] [i16 1, i16 2, i16 3], [2 x i8] zeroinitializer }, align 8
@.str.11 = private unnamed_addr constant [24 x i8] c"via offsets %d %.1f %d\0A\00", align 1
@.str.12 = private unnamed_addr constant [10 x i8] c"pp %d %d\0A\00", align 1
@.str.13 = private unnamed_addr constant [12 x i8] c"null %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca [5 x ptr], align 16
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca %struct.S, align 8
  %15 = alloca ptr, align 8
  %16 = alloca ptr, align 8
  %17 = alloca ptr, align 8
  %18 = alloca ptr, align 8
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.arr, i64 32, i1 false)
  %19 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 2
  store ptr %19, ptr %3, align 8
  %20 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 6
  store ptr %20, ptr %4, align 8
  %21 = load ptr, ptr %3, align 8
  %22 = load ptr, ptr %4, align 8
  %23 = icmp ult ptr %21, %22
  %24 = zext i1 %23 to i32
  %25 = load ptr, ptr %3, align 8
  %26 = load ptr, ptr %4, align 8
  %27 = icmp ugt ptr %25, %26
  %28 = zext i1 %27 to i32
  %29 = load ptr, ptr %3, align 8
  %30 = load ptr, ptr %3, align 8
  %31 = icmp ule ptr %29, %30
  %32 = zext i1 %31 to i32
  %33 = load ptr, ptr %3, align 8
  %34 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 2
  %35 = icmp eq ptr %33, %34
  %36 = zext i1 %35 to i32
  %37 = load ptr, ptr %3, align 8
  %38 = load ptr, ptr %4, align 8
  %39 = icmp ne ptr %37, %38
  %40 = zext i1 %39 to i32
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, i32 noundef %28, i32 noundef %32, i32 noundef %36, i32 noundef %40)
  %42 = load ptr, ptr %4, align 8
  %43 = load ptr, ptr %3, align 8
  %44 = ptrtoint ptr %42 to i64
  %45 = ptrtoint ptr %43 to i64
  %46 = sub i64 %44, %45
  %47 = sdiv exact i64 %46, 4
  %48 = trunc i64 %47 to i32
  %49 = load ptr, ptr %3, align 8
  %50 = load ptr, ptr %4, align 8
  %51 = ptrtoint ptr %49 to i64
  %52 = ptrtoint ptr %50 to i64
  %53 = sub i64 %51, %52
  %54 = sdiv exact i64 %53, 4
  %55 = trunc i64 %54 to i32
  %56 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %48, i32 noundef %55)
  %57 = load ptr, ptr %3, align 8
  %58 = load ptr, ptr %4, align 8
  %59 = call ptr @pick(ptr noundef %57, ptr noundef %58, i32 noundef 1)
  store ptr %59, ptr %5, align 8
  %60 = load ptr, ptr %3, align 8
  %61 = load ptr, ptr %4, align 8
  %62 = call ptr @pick(ptr noundef %60, ptr noundef %61, i32 noundef 0)
  store ptr %62, ptr %6, align 8
  %63 = load ptr, ptr %5, align 8
  %64 = load i32, ptr %63, align 4
  %65 = load ptr, ptr %6, align 8
  %66 = load i32, ptr %65, align 4
  %67 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %64, i32 noundef %66)
  call void @swap_ptrs(ptr noundef %5, ptr noundef %6)
  %68 = load ptr, ptr %5, align 8
  %69 = load i32, ptr %68, align 4
  %70 = load ptr, ptr %6, align 8
  %71 = load i32, ptr %70, align 4
  %72 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %69, i32 noundef %71)
  %73 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 1
  %74 = ptrtoint ptr %73 to i64
  store i64 %74, ptr %7, align 8
  %75 = load i64, ptr %7, align 8
  %76 = urem i64 %75, 4
  %77 = trunc i64 %76 to i32
  %78 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 3
  %79 = ptrtoint ptr %78 to i64
  %80 = load i64, ptr %7, align 8
  %81 = sub i64 %79, %80
  %82 = udiv i64 %81, 4
  %83 = trunc i64 %82 to i32
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %77, i32 noundef %83)
  %85 = load i64, ptr %7, align 8
  %86 = add i64 %85, 8
  %87 = inttoptr i64 %86 to ptr
  store ptr %87, ptr %8, align 8
  %88 = load ptr, ptr %8, align 8
  %89 = load i32, ptr %88, align 4
  %90 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %89)
  %91 = load ptr, ptr %4, align 8
  %92 = getelementptr inbounds i32, ptr %91, i64 -5
  store ptr %92, ptr %9, align 8
  %93 = load ptr, ptr %9, align 8
  %94 = load i32, ptr %93, align 4
  %95 = load ptr, ptr %9, align 8
  %96 = getelementptr inbounds i32, ptr %95, i64 -1
  %97 = load i32, ptr %96, align 4
  %98 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %94, i32 noundef %97)
  %99 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %100 = call ptr @advance(ptr noundef %99, i64 noundef 16)
  store ptr %100, ptr %10, align 8
  %101 = load ptr, ptr %10, align 8
  %102 = load i32, ptr %101, align 4
  %103 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %102)
  %104 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  store ptr %104, ptr %11, align 8
  %105 = getelementptr inbounds ptr, ptr %11, i64 1
  store ptr null, ptr %105, align 8
  %106 = getelementptr inbounds ptr, ptr %11, i64 2
  %107 = load ptr, ptr %3, align 8
  store ptr %107, ptr %106, align 8
  %108 = getelementptr inbounds ptr, ptr %11, i64 3
  store ptr null, ptr %108, align 8
  %109 = getelementptr inbounds ptr, ptr %11, i64 4
  store ptr %7, ptr %109, align 8
  %110 = getelementptr inbounds [5 x ptr], ptr %11, i64 0, i64 0
  %111 = call i32 @count_nonnull(ptr noundef %110, i32 noundef 5)
  %112 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %111)
  %113 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %114 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %115 = getelementptr inbounds i32, ptr %114, i64 8
  %116 = call ptr @find(ptr noundef %113, ptr noundef %115, i32 noundef 70)
  store ptr %116, ptr %12, align 8
  %117 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %118 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %119 = getelementptr inbounds i32, ptr %118, i64 8
  %120 = call ptr @find(ptr noundef %117, ptr noundef %119, i32 noundef 71)
  store ptr %120, ptr %13, align 8
  %121 = load ptr, ptr %12, align 8
  %122 = icmp ne ptr %121, null
  br i1 %122, label %123, label %131

123:                                              ; preds = %0
  %124 = load ptr, ptr %12, align 8
  %125 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %126 = ptrtoint ptr %124 to i64
  %127 = ptrtoint ptr %125 to i64
  %128 = sub i64 %126, %127
  %129 = sdiv exact i64 %128, 4
  %130 = trunc i64 %129 to i32
  br label %132

131:                                              ; preds = %0
  br label %132

132:                                              ; preds = %131, %123
  %133 = phi i32 [ %130, %123 ], [ -1, %131 ]
  %134 = load ptr, ptr %13, align 8
  %135 = icmp ne ptr %134, null
  br i1 %135, label %136, label %144

136:                                              ; preds = %132
  %137 = load ptr, ptr %13, align 8
  %138 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 0
  %139 = ptrtoint ptr %137 to i64
  %140 = ptrtoint ptr %138 to i64
  %141 = sub i64 %139, %140
  %142 = sdiv exact i64 %141, 4
  %143 = trunc i64 %142 to i32
  br label %145

144:                                              ; preds = %132
  br label %145

145:                                              ; preds = %144, %136
  %146 = phi i32 [ %143, %136 ], [ -1, %144 ]
  %147 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %133, i32 noundef %146)
  %148 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef 4, i32 noundef 8, i32 noundef 20)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %14, ptr align 8 @__const.main.st, i64 24, i1 false)
  store ptr %14, ptr %15, align 8
  %149 = load ptr, ptr %15, align 8
  %150 = getelementptr inbounds nuw i8, ptr %149, i64 4
  %151 = load i32, ptr %150, align 4
  %152 = load ptr, ptr %15, align 8
  %153 = getelementptr inbounds nuw i8, ptr %152, i64 8
  %154 = load double, ptr %153, align 8
  %155 = load ptr, ptr %15, align 8
  %156 = getelementptr inbounds nuw i8, ptr %155, i64 16
  %157 = getelementptr inbounds i16, ptr %156, i64 1
  %158 = load i16, ptr %157, align 2
  %159 = sext i16 %158 to i32
  %160 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %151, double noundef %154, i32 noundef %159)
  store ptr %3, ptr %16, align 8
  %161 = load ptr, ptr %16, align 8
  %162 = load ptr, ptr %161, align 8
  store i32 33, ptr %162, align 4
  store ptr %16, ptr %17, align 8
  %163 = load ptr, ptr %17, align 8
  %164 = load ptr, ptr %163, align 8
  %165 = load ptr, ptr %164, align 8
  %166 = getelementptr inbounds i32, ptr %165, i64 1
  %167 = load i32, ptr %166, align 4
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %166, align 4
  %169 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 2
  %170 = load i32, ptr %169, align 8
  %171 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 3
  %172 = load i32, ptr %171, align 4
  %173 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %170, i32 noundef %172)
  store ptr null, ptr %18, align 8
  %174 = load ptr, ptr %18, align 8
  %175 = icmp eq ptr %174, null
  %176 = zext i1 %175 to i32
  %177 = load ptr, ptr %18, align 8
  %178 = icmp ne ptr %177, null
  %179 = xor i1 %178, true
  %180 = zext i1 %179 to i32
  %181 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %176, i32 noundef %180)
  %182 = getelementptr inbounds [8 x i32], ptr %2, i64 0, i64 2
  %183 = load i32, ptr %182, align 8
  %184 = sub nsw i32 %183, 33
  ret i32 %184
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @pick(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %6, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %11

9:                                                ; preds = %3
  %10 = load ptr, ptr %4, align 8
  br label %13

11:                                               ; preds = %3
  %12 = load ptr, ptr %5, align 8
  br label %13

13:                                               ; preds = %11, %9
  %14 = phi ptr [ %10, %9 ], [ %12, %11 ]
  ret ptr %14
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @swap_ptrs(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = load ptr, ptr %6, align 8
  store ptr %7, ptr %5, align 8
  %8 = load ptr, ptr %4, align 8
  %9 = load ptr, ptr %8, align 8
  %10 = load ptr, ptr %3, align 8
  store ptr %9, ptr %10, align 8
  %11 = load ptr, ptr %5, align 8
  %12 = load ptr, ptr %4, align 8
  store ptr %11, ptr %12, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @advance(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  %7 = getelementptr inbounds i8, ptr %5, i64 %6
  ret ptr %7
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_nonnull(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %21, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %24

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds ptr, ptr %12, i64 %14
  %16 = load ptr, ptr %15, align 8
  %17 = icmp ne ptr %16, null
  %18 = zext i1 %17 to i32
  %19 = load i32, ptr %5, align 4
  %20 = add nsw i32 %19, %18
  store i32 %20, ptr %5, align 4
  br label %21

21:                                               ; preds = %11
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  br label %7, !llvm.loop !6

24:                                               ; preds = %7
  %25 = load i32, ptr %5, align 4
  ret i32 %25
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @find(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i32 %2, ptr %7, align 4
  br label %8

8:                                                ; preds = %20, %3
  %9 = load ptr, ptr %5, align 8
  %10 = load ptr, ptr %6, align 8
  %11 = icmp ult ptr %9, %10
  br i1 %11, label %12, label %23

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 8
  %14 = load i32, ptr %13, align 4
  %15 = load i32, ptr %7, align 4
  %16 = icmp eq i32 %14, %15
  br i1 %16, label %17, label %19

17:                                               ; preds = %12
  %18 = load ptr, ptr %5, align 8
  store ptr %18, ptr %4, align 8
  br label %24

19:                                               ; preds = %12
  br label %20

20:                                               ; preds = %19
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds nuw i32, ptr %21, i32 1
  store ptr %22, ptr %5, align 8
  br label %8, !llvm.loop !8

23:                                               ; preds = %8
  store ptr null, ptr %4, align 8
  br label %24

24:                                               ; preds = %23, %17
  %25 = load ptr, ptr %4, align 8
  ret ptr %25
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
