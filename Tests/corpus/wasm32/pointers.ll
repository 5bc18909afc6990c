; ModuleID = 'pointers.c'
source_filename = "pointers.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

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

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x i32], align 16
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca [5 x ptr], align 16
  %12 = alloca ptr, align 4
  %13 = alloca ptr, align 4
  %14 = alloca %struct.S, align 8
  %15 = alloca ptr, align 4
  %16 = alloca ptr, align 4
  %17 = alloca ptr, align 4
  %18 = alloca ptr, align 4
  store i32 0, ptr %1, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %2, ptr align 16 @__const.main.arr, i32 32, i1 false)
  %19 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 2
  store ptr %19, ptr %3, align 4
  %20 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 6
  store ptr %20, ptr %4, align 4
  %21 = load ptr, ptr %3, align 4
  %22 = load ptr, ptr %4, align 4
  %23 = icmp ult ptr %21, %22
  %24 = zext i1 %23 to i32
  %25 = load ptr, ptr %3, align 4
  %26 = load ptr, ptr %4, align 4
  %27 = icmp ugt ptr %25, %26
  %28 = zext i1 %27 to i32
  %29 = load ptr, ptr %3, align 4
  %30 = load ptr, ptr %3, align 4
  %31 = icmp ule ptr %29, %30
  %32 = zext i1 %31 to i32
  %33 = load ptr, ptr %3, align 4
  %34 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 2
  %35 = icmp eq ptr %33, %34
  %36 = zext i1 %35 to i32
  %37 = load ptr, ptr %3, align 4
  %38 = load ptr, ptr %4, align 4
  %39 = icmp ne ptr %37, %38
  %40 = zext i1 %39 to i32
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %24, i32 noundef %28, i32 noundef %32, i32 noundef %36, i32 noundef %40)
  %42 = load ptr, ptr %4, align 4
  %43 = load ptr, ptr %3, align 4
  %44 = ptrtoint ptr %42 to i32
  %45 = ptrtoint ptr %43 to i32
  %46 = sub i32 %44, %45
  %47 = sdiv exact i32 %46, 4
  %48 = load ptr, ptr %3, align 4
  %49 = load ptr, ptr %4, align 4
  %50 = ptrtoint ptr %48 to i32
  %51 = ptrtoint ptr %49 to i32
  %52 = sub i32 %50, %51
  %53 = sdiv exact i32 %52, 4
  %54 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %47, i32 noundef %53)
  %55 = load ptr, ptr %3, align 4
  %56 = load ptr, ptr %4, align 4
  %57 = call ptr @pick(ptr noundef %55, ptr noundef %56, i32 noundef 1)
  store ptr %57, ptr %5, align 4
  %58 = load ptr, ptr %3, align 4
  %59 = load ptr, ptr %4, align 4
  %60 = call ptr @pick(ptr noundef %58, ptr noundef %59, i32 noundef 0)
  store ptr %60, ptr %6, align 4
  %61 = load ptr, ptr %5, align 4
  %62 = load i32, ptr %61, align 4
  %63 = load ptr, ptr %6, align 4
  %64 = load i32, ptr %63, align 4
  %65 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %62, i32 noundef %64)
  call void @swap_ptrs(ptr noundef %5, ptr noundef %6)
  %66 = load ptr, ptr %5, align 4
  %67 = load i32, ptr %66, align 4
  %68 = load ptr, ptr %6, align 4
  %69 = load i32, ptr %68, align 4
  %70 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %67, i32 noundef %69)
  %71 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 1
  %72 = ptrtoint ptr %71 to i32
  store i32 %72, ptr %7, align 4
  %73 = load i32, ptr %7, align 4
  %74 = urem i32 %73, 4
  %75 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 3
  %76 = ptrtoint ptr %75 to i32
  %77 = load i32, ptr %7, align 4
  %78 = sub i32 %76, %77
  %79 = udiv i32 %78, 4
  %80 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %74, i32 noundef %79)
  %81 = load i32, ptr %7, align 4
  %82 = add i32 %81, 8
  %83 = inttoptr i32 %82 to ptr
  store ptr %83, ptr %8, align 4
  %84 = load ptr, ptr %8, align 4
  %85 = load i32, ptr %84, align 4
  %86 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %85)
  %87 = load ptr, ptr %4, align 4
  %88 = getelementptr inbounds i32, ptr %87, i32 -5
  store ptr %88, ptr %9, align 4
  %89 = load ptr, ptr %9, align 4
  %90 = load i32, ptr %89, align 4
  %91 = load ptr, ptr %9, align 4
  %92 = getelementptr inbounds i32, ptr %91, i32 -1
  %93 = load i32, ptr %92, align 4
  %94 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %90, i32 noundef %93)
  %95 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %96 = call ptr @advance(ptr noundef %95, i32 noundef 16)
  store ptr %96, ptr %10, align 4
  %97 = load ptr, ptr %10, align 4
  %98 = load i32, ptr %97, align 4
  %99 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %98)
  %100 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  store ptr %100, ptr %11, align 4
  %101 = getelementptr inbounds ptr, ptr %11, i32 1
  store ptr null, ptr %101, align 4
  %102 = getelementptr inbounds ptr, ptr %11, i32 2
  %103 = load ptr, ptr %3, align 4
  store ptr %103, ptr %102, align 4
  %104 = getelementptr inbounds ptr, ptr %11, i32 3
  store ptr null, ptr %104, align 4
  %105 = getelementptr inbounds ptr, ptr %11, i32 4
  store ptr %7, ptr %105, align 4
  %106 = getelementptr inbounds [5 x ptr], ptr %11, i32 0, i32 0
  %107 = call i32 @count_nonnull(ptr noundef %106, i32 noundef 5)
  %108 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %107)
  %109 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %110 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %111 = getelementptr inbounds i32, ptr %110, i32 8
  %112 = call ptr @find(ptr noundef %109, ptr noundef %111, i32 noundef 70)
  store ptr %112, ptr %12, align 4
  %113 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %114 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %115 = getelementptr inbounds i32, ptr %114, i32 8
  %116 = call ptr @find(ptr noundef %113, ptr noundef %115, i32 noundef 71)
  store ptr %116, ptr %13, align 4
  %117 = load ptr, ptr %12, align 4
  %118 = icmp ne ptr %117, null
  br i1 %118, label %119, label %126

119:                                              ; preds = %0
  %120 = load ptr, ptr %12, align 4
  %121 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %122 = ptrtoint ptr %120 to i32
  %123 = ptrtoint ptr %121 to i32
  %124 = sub i32 %122, %123
  %125 = sdiv exact i32 %124, 4
  br label %127

126:                                              ; preds = %0
  br label %127

127:                                              ; preds = %126, %119
  %128 = phi i32 [ %125, %119 ], [ -1, %126 ]
  %129 = load ptr, ptr %13, align 4
  %130 = icmp ne ptr %129, null
  br i1 %130, label %131, label %138

131:                                              ; preds = %127
  %132 = load ptr, ptr %13, align 4
  %133 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 0
  %134 = ptrtoint ptr %132 to i32
  %135 = ptrtoint ptr %133 to i32
  %136 = sub i32 %134, %135
  %137 = sdiv exact i32 %136, 4
  br label %139

138:                                              ; preds = %127
  br label %139

139:                                              ; preds = %138, %131
  %140 = phi i32 [ %137, %131 ], [ -1, %138 ]
  %141 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %128, i32 noundef %140)
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef 4, i32 noundef 8, i32 noundef 20)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %14, ptr align 8 @__const.main.st, i32 24, i1 false)
  store ptr %14, ptr %15, align 4
  %143 = load ptr, ptr %15, align 4
  %144 = getelementptr inbounds nuw i8, ptr %143, i32 4
  %145 = load i32, ptr %144, align 4
  %146 = load ptr, ptr %15, align 4
  %147 = getelementptr inbounds nuw i8, ptr %146, i32 8
  %148 = load double, ptr %147, align 8
  %149 = load ptr, ptr %15, align 4
  %150 = getelementptr inbounds nuw i8, ptr %149, i32 16
  %151 = getelementptr inbounds i16, ptr %150, i32 1
  %152 = load i16, ptr %151, align 2
  %153 = sext i16 %152 to i32
  %154 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef %145, double noundef %148, i32 noundef %153)
  store ptr %3, ptr %16, align 4
  %155 = load ptr, ptr %16, align 4
  %156 = load ptr, ptr %155, align 4
  store i32 33, ptr %156, align 4
  store ptr %16, ptr %17, align 4
  %157 = load ptr, ptr %17, align 4
  %158 = load ptr, ptr %157, align 4
  %159 = load ptr, ptr %158, align 4
  %160 = getelementptr inbounds i32, ptr %159, i32 1
  %161 = load i32, ptr %160, align 4
  %162 = add nsw i32 %161, 1
  store i32 %162, ptr %160, align 4
  %163 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 2
  %164 = load i32, ptr %163, align 8
  %165 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 3
  %166 = load i32, ptr %165, align 4
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i32 noundef %164, i32 noundef %166)
  store ptr null, ptr %18, align 4
  %168 = load ptr, ptr %18, align 4
  %169 = icmp eq ptr %168, null
  %170 = zext i1 %169 to i32
  %171 = load ptr, ptr %18, align 4
  %172 = icmp ne ptr %171, null
  %173 = xor i1 %172, true
  %174 = zext i1 %173 to i32
  %175 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %170, i32 noundef %174)
  %176 = getelementptr inbounds [8 x i32], ptr %2, i32 0, i32 2
  %177 = load i32, ptr %176, align 8
  %178 = sub nsw i32 %177, 33
  ret i32 %178
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #1

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone
define internal ptr @pick(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  %7 = load i32, ptr %6, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %11

9:                                                ; preds = %3
  %10 = load ptr, ptr %4, align 4
  br label %13

11:                                               ; preds = %3
  %12 = load ptr, ptr %5, align 4
  br label %13

13:                                               ; preds = %11, %9
  %14 = phi ptr [ %10, %9 ], [ %12, %11 ]
  ret ptr %14
}

; Function Attrs: noinline nounwind optnone
define internal void @swap_ptrs(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = load ptr, ptr %6, align 4
  store ptr %7, ptr %5, align 4
  %8 = load ptr, ptr %4, align 4
  %9 = load ptr, ptr %8, align 4
  %10 = load ptr, ptr %3, align 4
  store ptr %9, ptr %10, align 4
  %11 = load ptr, ptr %5, align 4
  %12 = load ptr, ptr %4, align 4
  store ptr %11, ptr %12, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal ptr @advance(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = getelementptr inbounds i8, ptr %5, i32 %6
  ret ptr %7
}

; Function Attrs: noinline nounwind optnone
define internal i32 @count_nonnull(ptr noundef %0, i32 noundef %1) #0 {
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
  %14 = getelementptr inbounds ptr, ptr %12, i32 %13
  %15 = load ptr, ptr %14, align 4
  %16 = icmp ne ptr %15, null
  %17 = zext i1 %16 to i32
  %18 = load i32, ptr %5, align 4
  %19 = add nsw i32 %18, %17
  store i32 %19, ptr %5, align 4
  br label %20

20:                                               ; preds = %11
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %7, !llvm.loop !2

23:                                               ; preds = %7
  %24 = load i32, ptr %5, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone
define internal ptr @find(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  br label %8

8:                                                ; preds = %20, %3
  %9 = load ptr, ptr %5, align 4
  %10 = load ptr, ptr %6, align 4
  %11 = icmp ult ptr %9, %10
  br i1 %11, label %12, label %23

12:                                               ; preds = %8
  %13 = load ptr, ptr %5, align 4
  %14 = load i32, ptr %13, align 4
  %15 = load i32, ptr %7, align 4
  %16 = icmp eq i32 %14, %15
  br i1 %16, label %17, label %19

17:                                               ; preds = %12
  %18 = load ptr, ptr %5, align 4
  store ptr %18, ptr %4, align 4
  br label %24

19:                                               ; preds = %12
  br label %20

20:                                               ; preds = %19
  %21 = load ptr, ptr %5, align 4
  %22 = getelementptr inbounds nuw i32, ptr %21, i32 1
  store ptr %22, ptr %5, align 4
  br label %8, !llvm.loop !4

23:                                               ; preds = %8
  store ptr null, ptr %4, align 4
  br label %24

24:                                               ; preds = %23, %17
  %25 = load ptr, ptr %4, align 4
  ret ptr %25
}

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
