; ModuleID = 'switch.c'
source_filename = "switch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [10 x i8] c"dense %d\0A\00", align 1
@__const.main.keys = private unnamed_addr constant [9 x i32] [i32 0, i32 1, i32 77, i32 100, i32 999, i32 1000, i32 65536, i32 -294967296, i32 -294967295], align 16
@.str.1 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.2 = private unnamed_addr constant [2 x i8] c"\0A\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c"fall(%d)=%d\0A\00", align 1
@.str.4 = private unnamed_addr constant [10 x i8] c"hi 42 ou!\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"%s \00", align 1
@.str.6 = private unnamed_addr constant [19 x i8] c"short %d %d %d %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [16 x i8] c"ll %d %d %d %d\0A\00", align 1
@.str.8 = private unnamed_addr constant [16 x i8] c"color %c%c%c%c\0A\00", align 1
@.str.9 = private unnamed_addr constant [26 x i8] c"nested %d %d %d %d %d %d\0A\00", align 1
@.str.10 = private unnamed_addr constant [6 x i8] c"vowel\00", align 1
@.str.11 = private unnamed_addr constant [6 x i8] c"space\00", align 1
@.str.12 = private unnamed_addr constant [6 x i8] c"digit\00", align 1
@.str.13 = private unnamed_addr constant [6 x i8] c"other\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  %v4 = alloca [9 x i32], align 16
  %v5 = alloca i32, align 4
  %v6 = alloca i32, align 4
  %v7 = alloca ptr, align 8
  %v8 = alloca ptr, align 8
  store i32 0, ptr %v1, align 4
  store i32 0, ptr %v2, align 4
  store i32 -1, ptr %v3, align 4
  br label %v9
v20:                                               ; preds = %v12
  %v21 = load i32, ptr %v3, align 4
  %v22 = add nsw i32 %v21, 1
  store i32 %v22, ptr %v3, align 4
  br label %v9, !llvm.loop !6
v49:                                               ; preds = %v44
  %v50 = load i32, ptr %v6, align 4
  %v51 = add nsw i32 %v50, 1
  store i32 %v51, ptr %v6, align 4
  br label %v41, !llvm.loop !9
v9:                                                ; preds = %v20, %v0
  %v10 = load i32, ptr %v3, align 4
  %v11 = icmp slt i32 %v10, 14
  br i1 %v11, label %v12, label %v23
v63:                                               ; preds = %v58
  %v64 = load ptr, ptr %v8, align 8
  %v65 = getelementptr inbounds nuw i8, ptr %v64, i32 1
  store ptr %v65, ptr %v8, align 8
  br label %v54, !llvm.loop !10
v36:                                               ; preds = %v29
  %v37 = load i32, ptr %v5, align 4
  %v38 = add nsw i32 %v37, 1
  store i32 %v38, ptr %v5, align 4
  br label %v26, !llvm.loop !8
v29:                                               ; preds = %v26
  %v30 = load i32, ptr %v5, align 4
  %v31 = sext i32 %v30 to i64
  %v32 = getelementptr inbounds [9 x i32], ptr %v4, i64 0, i64 %v31
  %v33 = load i32, ptr %v32, align 4
  %v34 = call i32 @sparse(i32 noundef %v33)
  %v35 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %v34)
  br label %v36
v23:                                               ; preds = %v9
  %v24 = load i32, ptr %v2, align 4
  %v25 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %v24)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %v4, ptr align 16 @__const.main.keys, i64 36, i1 false)
  store i32 0, ptr %v5, align 4
  br label %v26
v41:                                               ; preds = %v49, %v39
  %v42 = load i32, ptr %v6, align 4
  %v43 = icmp slt i32 %v42, 6
  br i1 %v43, label %v44, label %v52
v39:                                               ; preds = %v26
  %v40 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  store i32 0, ptr %v6, align 4
  br label %v41
v52:                                               ; preds = %v41
  store ptr @.str.4, ptr %v7, align 8
  %v53 = load ptr, ptr %v7, align 8
  store ptr %v53, ptr %v8, align 8
  br label %v54
v66:                                               ; preds = %v54
  %v67 = call i32 (ptr, ...) @printf(ptr noundef @.str.2)
  %v68 = call i32 @on_short(i16 noundef signext -32768)
  %v69 = call i32 @on_short(i16 noundef signext -1)
  %v70 = call i32 @on_short(i16 noundef signext 32767)
  %v71 = call i32 @on_short(i16 noundef signext 5)
  %v72 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %v68, i32 noundef %v69, i32 noundef %v70, i32 noundef %v71)
  %v73 = call i32 @on_ll(i64 noundef 4294967296)
  %v74 = call i32 @on_ll(i64 noundef -5000000000)
  %v75 = call i32 @on_ll(i64 noundef 7)
  %v76 = call i32 @on_ll(i64 noundef 8)
  %v77 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i32 noundef %v73, i32 noundef %v74, i32 noundef %v75, i32 noundef %v76)
  %v78 = call i32 @color(i32 noundef 0)
  %v79 = call i32 @color(i32 noundef 5)
  %v80 = call i32 @color(i32 noundef 100)
  %v81 = call i32 @color(i32 noundef -1)
  %v82 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i32 noundef %v78, i32 noundef %v79, i32 noundef %v80, i32 noundef %v81)
  %v83 = call i32 @nested(i32 noundef 0, i32 noundef 0)
  %v84 = call i32 @nested(i32 noundef 0, i32 noundef 1)
  %v85 = call i32 @nested(i32 noundef 0, i32 noundef 5)
  %v86 = call i32 @nested(i32 noundef 1, i32 noundef 0)
  %v87 = call i32 @nested(i32 noundef 1, i32 noundef 1)
  %v88 = call i32 @nested(i32 noundef 2, i32 noundef 0)
  %v89 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %v83, i32 noundef %v84, i32 noundef %v85, i32 noundef %v86, i32 noundef %v87, i32 noundef %v88)
  %v90 = load i32, ptr %v2, align 4
  %v91 = srem i32 %v90, 64
  ret i32 %v91
v12:                                               ; preds = %v9
  %v13 = load i32, ptr %v3, align 4
  %v14 = call i32 @dense(i32 noundef %v13)
  %v15 = load i32, ptr %v3, align 4
  %v16 = add nsw i32 %v15, 2
  %v17 = mul nsw i32 %v14, %v16
  %v18 = load i32, ptr %v2, align 4
  %v19 = add nsw i32 %v18, %v17
  store i32 %v19, ptr %v2, align 4
  br label %v20
v54:                                               ; preds = %v63, %v52
  %v55 = load ptr, ptr %v8, align 8
  %v56 = load i8, ptr %v55, align 1
  %v57 = icmp ne i8 %v56, 0
  br i1 %v57, label %v58, label %v66
v58:                                               ; preds = %v54
  %v59 = load ptr, ptr %v8, align 8
  %v60 = load i8, ptr %v59, align 1
  %v61 = call ptr @chname(i8 noundef signext %v60)
  %v62 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, ptr noundef %v61)
  br label %v63
v44:                                               ; preds = %v41
  %v45 = load i32, ptr %v6, align 4
  %v46 = load i32, ptr %v6, align 4
  %v47 = call i32 @fall(i32 noundef %v46)
  %v48 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i32 noundef %v45, i32 noundef %v47)
  br label %v49
v26:                                               ; preds = %v36, %v23
  %v27 = load i32, ptr %v5, align 4
  %v28 = icmp slt i32 %v27, 9
  br i1 %v28, label %v29, label %v39
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @dense(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  %v4 = load i32, ptr %v3, align 4
  switch i32 %v4, label %v17 [
    i32 0, label %v5
    i32 1, label %v6
    i32 2, label %v7
    i32 3, label %v8
    i32 4, label %v9
    i32 5, label %v10
    i32 6, label %v11
    i32 7, label %v12
    i32 8, label %v13
    i32 9, label %v14
    i32 10, label %v15
    i32 11, label %v16
  ]
v7:                                                ; preds = %v1
  store i32 13, ptr %v2, align 4
  br label %v18
v8:                                                ; preds = %v1
  store i32 17, ptr %v2, align 4
  br label %v18
v16:                                               ; preds = %v1
  store i32 47, ptr %v2, align 4
  br label %v18
v15:                                               ; preds = %v1
  store i32 43, ptr %v2, align 4
  br label %v18
v13:                                               ; preds = %v1
  store i32 37, ptr %v2, align 4
  br label %v18
v6:                                                ; preds = %v1
  store i32 11, ptr %v2, align 4
  br label %v18
v10:                                               ; preds = %v1
  store i32 23, ptr %v2, align 4
  br label %v18
v9:                                                ; preds = %v1
  store i32 19, ptr %v2, align 4
  br label %v18
v12:                                               ; preds = %v1
  store i32 31, ptr %v2, align 4
  br label %v18
v18:                                               ; preds = %v17, %v16, %v15, %v14, %v13, %v12, %v11, %v10, %v9, %v8, %v7, %v6, %v5
  %v19 = load i32, ptr %v2, align 4
  ret i32 %v19
v14:                                               ; preds = %v1
  store i32 41, ptr %v2, align 4
  br label %v18
v17:                                               ; preds = %v1
  store i32 -1, ptr %v2, align 4
  br label %v18
v11:                                               ; preds = %v1
  store i32 29, ptr %v2, align 4
  br label %v18
v5:                                                ; preds = %v1
  store i32 10, ptr %v2, align 4
  br label %v18
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sparse(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  %v4 = load i32, ptr %v3, align 4
  switch i32 %v4, label %v11 [
    i32 1, label %v5
    i32 100, label %v6
    i32 1000, label %v7
    i32 65536, label %v8
    i32 -294967296, label %v9
    i32 77, label %v10
  ]
v7:                                                ; preds = %v1
  store i32 3, ptr %v2, align 4
  br label %v12
v8:                                                ; preds = %v1
  store i32 4, ptr %v2, align 4
  br label %v12
v6:                                                ; preds = %v1
  store i32 2, ptr %v2, align 4
  br label %v12
v11:                                               ; preds = %v1
  store i32 0, ptr %v2, align 4
  br label %v12
v9:                                                ; preds = %v1
  store i32 5, ptr %v2, align 4
  br label %v12
v10:                                               ; preds = %v1
  store i32 6, ptr %v2, align 4
  br label %v12
v12:                                               ; preds = %v11, %v10, %v9, %v8, %v7, %v6, %v5
  %v13 = load i32, ptr %v2, align 4
  ret i32 %v13
v5:                                                ; preds = %v1
  store i32 1, ptr %v2, align 4
  br label %v12
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @fall(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  store i32 0, ptr %v3, align 4
  %v4 = load i32, ptr %v2, align 4
  switch i32 %v4, label %v11 [
    i32 0, label %v5
    i32 1, label %v8
    i32 2, label %v14
    i32 3, label %v17
    i32 4, label %v20
  ]
v17:                                               ; preds = %v1
  %v18 = load i32, ptr %v3, align 4
  %v19 = add nsw i32 %v18, 10000
  store i32 %v19, ptr %v3, align 4
  br label %v20
v11:                                               ; preds = %v1, %v8
  %v12 = load i32, ptr %v3, align 4
  %v13 = add nsw i32 %v12, 100
  store i32 %v13, ptr %v3, align 4
  br label %v14
v23:                                               ; preds = %v20, %v14
  %v24 = load i32, ptr %v3, align 4
  ret i32 %v24
v8:                                                ; preds = %v1, %v5
  %v9 = load i32, ptr %v3, align 4
  %v10 = add nsw i32 %v9, 10
  store i32 %v10, ptr %v3, align 4
  br label %v11
v5:                                                ; preds = %v1
  %v6 = load i32, ptr %v3, align 4
  %v7 = add nsw i32 %v6, 1
  store i32 %v7, ptr %v3, align 4
  br label %v8
v20:                                               ; preds = %v1, %v17
  %v21 = load i32, ptr %v3, align 4
  %v22 = add nsw i32 %v21, 100000
  store i32 %v22, ptr %v3, align 4
  br label %v23
v14:                                               ; preds = %v1, %v11
  %v15 = load i32, ptr %v3, align 4
  %v16 = add nsw i32 %v15, 1000
  store i32 %v16, ptr %v3, align 4
  br label %v23
}

; Function Attrs: noinline nounwind optnone uwtable
define internal ptr @chname(i8 noundef signext %v0) #0 {
v1:
  %v2 = alloca ptr, align 8
  %v3 = alloca i8, align 1
  store i8 %v0, ptr %v3, align 1
  %v4 = load i8, ptr %v3, align 1
  %v5 = sext i8 %v4 to i32
  switch i32 %v5, label %v9 [
    i32 97, label %v6
    i32 101, label %v6
    i32 105, label %v6
    i32 111, label %v6
    i32 117, label %v6
    i32 32, label %v7
    i32 48, label %v8
    i32 49, label %v8
    i32 50, label %v8
    i32 51, label %v8
    i32 52, label %v8
    i32 53, label %v8
    i32 54, label %v8
    i32 55, label %v8
    i32 56, label %v8
    i32 57, label %v8
  ]
v8:                                                ; preds = %v1, %v1, %v1, %v1, %v1, %v1, %v1, %v1, %v1, %v1
  store ptr @.str.12, ptr %v2, align 8
  br label %v10
v6:                                                ; preds = %v1, %v1, %v1, %v1, %v1
  store ptr @.str.10, ptr %v2, align 8
  br label %v10
v9:                                                ; preds = %v1
  store ptr @.str.13, ptr %v2, align 8
  br label %v10
v7:                                                ; preds = %v1
  store ptr @.str.11, ptr %v2, align 8
  br label %v10
v10:                                               ; preds = %v9, %v8, %v7, %v6
  %v11 = load ptr, ptr %v2, align 8
  ret ptr %v11
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @on_short(i16 noundef signext %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i16, align 2
  store i16 %v0, ptr %v3, align 2
  %v4 = load i16, ptr %v3, align 2
  %v5 = sext i16 %v4 to i32
  switch i32 %v5, label %v9 [
    i32 -32768, label %v6
    i32 -1, label %v7
    i32 32767, label %v8
  ]
v8:                                                ; preds = %v1
  store i32 3, ptr %v2, align 4
  br label %v10
v6:                                                ; preds = %v1
  store i32 1, ptr %v2, align 4
  br label %v10
v10:                                               ; preds = %v9, %v8, %v7, %v6
  %v11 = load i32, ptr %v2, align 4
  ret i32 %v11
v9:                                                ; preds = %v1
  store i32 0, ptr %v2, align 4
  br label %v10
v7:                                                ; preds = %v1
  store i32 2, ptr %v2, align 4
  br label %v10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @on_ll(i64 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i64, align 8
  store i64 %v0, ptr %v3, align 8
  %v4 = load i64, ptr %v3, align 8
  switch i64 %v4, label %v8 [
    i64 4294967296, label %v5
    i64 -5000000000, label %v6
    i64 7, label %v7
  ]
v7:                                                ; preds = %v1
  store i32 3, ptr %v2, align 4
  br label %v9
v6:                                                ; preds = %v1
  store i32 2, ptr %v2, align 4
  br label %v9
v9:                                                ; preds = %v8, %v7, %v6, %v5
  %v10 = load i32, ptr %v2, align 4
  ret i32 %v10
v5:                                                ; preds = %v1
  store i32 1, ptr %v2, align 4
  br label %v9
v8:                                                ; preds = %v1
  store i32 4, ptr %v2, align 4
  br label %v9
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @color(i32 noundef %v0) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  %v4 = load i32, ptr %v3, align 4
  switch i32 %v4, label %v9 [
    i32 0, label %v5
    i32 5, label %v6
    i32 100, label %v7
    i32 -1, label %v8
  ]
v6:                                                ; preds = %v1
  store i32 103, ptr %v2, align 4
  br label %v10
v10:                                               ; preds = %v9, %v8, %v7, %v6, %v5
  %v11 = load i32, ptr %v2, align 4
  ret i32 %v11
v9:                                                ; preds = %v1
  store i32 63, ptr %v2, align 4
  br label %v10
v8:                                                ; preds = %v1
  store i32 107, ptr %v2, align 4
  br label %v10
v7:                                                ; preds = %v1
  store i32 98, ptr %v2, align 4
  br label %v10
v5:                                                ; preds = %v1
  store i32 114, ptr %v2, align 4
  br label %v10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @nested(i32 noundef %v0, i32 noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  store i32 %v0, ptr %v4, align 4
  store i32 %v1, ptr %v5, align 4
  %v6 = load i32, ptr %v4, align 4
  switch i32 %v6, label %v17 [
    i32 0, label %v7
    i32 1, label %v12
  ]
v10:                                               ; preds = %v7
  store i32 1, ptr %v3, align 4
  br label %v18
v14:                                               ; preds = %v12
  store i32 10, ptr %v3, align 4
  br label %v18
v9:                                                ; preds = %v7
  store i32 0, ptr %v3, align 4
  br label %v18
v7:                                                ; preds = %v2
  %v8 = load i32, ptr %v5, align 4
  switch i32 %v8, label %v11 [
    i32 0, label %v9
    i32 1, label %v10
  ]
v11:                                               ; preds = %v7
  store i32 2, ptr %v3, align 4
  br label %v18
v17:                                               ; preds = %v2
  store i32 99, ptr %v3, align 4
  br label %v18
v15:                                               ; preds = %v12
  br label %v16
v16:                                               ; preds = %v15
  store i32 11, ptr %v3, align 4
  br label %v18
v18:                                               ; preds = %v17, %v16, %v14, %v11, %v10, %v9
  %v19 = load i32, ptr %v3, align 4
  ret i32 %v19
v12:                                               ; preds = %v2
  %v13 = load i32, ptr %v5, align 4
  switch i32 %v13, label %v15 [
    i32 0, label %v14
  ]
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

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
