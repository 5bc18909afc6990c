; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.Pair = type { i32, double }
%struct.__va_list_tag = type { i32, i32, ptr, ptr }

@.str = private unnamed_addr constant [19 x i8] c"sum_ints %d %d %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [12 x i8] c"mixed %.3f\0A\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ildps\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"A\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"mixed2 %.3f\0A\00", align 1
@.str.5 = private unnamed_addr constant [11 x i8] c"dddddddddi\00", align 1
@.str.6 = private unnamed_addr constant [10 x i8] c"twice %d\0A\00", align 1
@.str.7 = private unnamed_addr constant [23 x i8] c"fmt %d|%f|%s|%c|%L|%%\0A\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"str\00", align 1
@.str.9 = private unnamed_addr constant [10 x i8] c"avg %.4f\0A\00", align 1
@__const.main.p1 = private unnamed_addr constant { i32, [4 x i8], double } { i32 2, [4 x i8] zeroinitializer, double 1.500000e+00 }, align 8
@__const.main.p2 = private unnamed_addr constant { i32, [4 x i8], double } { i32 -3, [4 x i8] zeroinitializer, double 2.500000e-01 }, align 8
@.str.10 = private unnamed_addr constant [14 x i8] c"structs %.3f\0A\00", align 1
@.str.11 = private unnamed_addr constant [55 x i8] c"printf %d %u %ld %lld %llu %x %o %c %s %5.2f %e %g %%\0A\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"s\00", align 1
@.str.13 = private unnamed_addr constant [3 x i8] c"%d\00", align 1
@.str.14 = private unnamed_addr constant [5 x i8] c"%.3f\00", align 1
@.str.15 = private unnamed_addr constant [3 x i8] c"%s\00", align 1
@.str.16 = private unnamed_addr constant [5 x i8] c"%lld\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
v0:
  %v1 = alloca i32, align 4
  %v2 = alloca i32, align 4
  %v3 = alloca %struct.Pair, align 8
  %v4 = alloca %struct.Pair, align 8
  store i32 0, ptr %v1, align 4
  %v5 = call i32 (i32, ...) @sum_ints(i32 noundef 0)
  %v6 = call i32 (i32, ...) @sum_ints(i32 noundef 3, i32 noundef 1, i32 noundef 2, i32 noundef 3)
  %v7 = call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef -2, i32 noundef 3, i32 noundef -4, i32 noundef 5, i32 noundef -6, i32 noundef 7, i32 noundef -8, i32 noundef 9, i32 noundef 100)
  %v8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %v5, i32 noundef %v6, i32 noundef %v7)
  store i32 40, ptr %v2, align 4
  %v9 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.2, i32 noundef 1, i64 noundef 10000000000, double noundef 5.000000e-01, ptr noundef %v2, ptr noundef @.str.3)
  %v10 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, double noundef %v9)
  %v11 = call double (ptr, ...) @sum_mixed(ptr noundef @.str.5, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.000000e+00, i32 noundef 7)
  %v12 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %v11)
  %v13 = call i32 (i32, ...) @count_twice(i32 noundef 5, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5)
  %v14 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %v13)
  call void (ptr, ...) @my_printf(ptr noundef @.str.7, i32 noundef -17, double noundef 2.500000e+00, ptr noundef @.str.8, i32 noundef 90, i64 noundef -123456789012)
  %v15 = call double (i32, ...) @avg(i32 noundef 4, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.500000e+00, double noundef -1.000000e+00)
  %v16 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, double noundef %v15)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v3, ptr align 8 @__const.main.p1, i64 16, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v4, ptr align 8 @__const.main.p2, i64 16, i1 false)
  %v17 = getelementptr inbounds nuw { i32, double }, ptr %v3, i32 0, i32 0
  %v18 = load i32, ptr %v17, align 8
  %v19 = getelementptr inbounds nuw { i32, double }, ptr %v3, i32 0, i32 1
  %v20 = load double, ptr %v19, align 8
  %v21 = getelementptr inbounds nuw { i32, double }, ptr %v4, i32 0, i32 0
  %v22 = load i32, ptr %v21, align 8
  %v23 = getelementptr inbounds nuw { i32, double }, ptr %v4, i32 0, i32 1
  %v24 = load double, ptr %v23, align 8
  %v25 = call double (i32, ...) @sum_structs(i32 noundef 2, i32 %v18, double %v20, i32 %v22, double %v24)
  %v26 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, double noundef %v25)
  %v27 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i32 noundef -1, i32 noundef -1294967296, i64 noundef 123456, i64 noundef -1234567890123, i64 noundef -1, i32 noundef 48879, i32 noundef 8, i32 noundef 107, ptr noundef @.str.12, double noundef 3.141590e+00, double noundef 0x40C81CD6C8B43958, double noundef 1.000000e-04)
  %v28 = call i32 (i32, ...) @sum_ints(i32 noundef 2, i32 noundef 20, i32 noundef 22)
  ret i32 %v28
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @sum_ints(i32 noundef %v0, ...) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca i32, align 4
  %v5 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v6)
  store i32 0, ptr %v4, align 4
  store i32 0, ptr %v5, align 4
  br label %v7
v21:                                               ; preds = %v11
  %v22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v12, i32 0, i32 2
  %v23 = load ptr, ptr %v22, align 8
  %v24 = getelementptr i8, ptr %v23, i32 8
  store ptr %v24, ptr %v22, align 8
  br label %v25
v33:                                               ; preds = %v7
  %v34 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v34)
  %v35 = load i32, ptr %v4, align 4
  ret i32 %v35
v30:                                               ; preds = %v25
  %v31 = load i32, ptr %v5, align 4
  %v32 = add nsw i32 %v31, 1
  store i32 %v32, ptr %v5, align 4
  br label %v7, !llvm.loop !6
v16:                                               ; preds = %v11
  %v17 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v12, i32 0, i32 3
  %v18 = load ptr, ptr %v17, align 16
  %v19 = getelementptr i8, ptr %v18, i32 %v14
  %v20 = add i32 %v14, 8
  store i32 %v20, ptr %v13, align 16
  br label %v25
v7:                                                ; preds = %v30, %v1
  %v8 = load i32, ptr %v5, align 4
  %v9 = load i32, ptr %v2, align 4
  %v10 = icmp slt i32 %v8, %v9
  br i1 %v10, label %v11, label %v33
v25:                                               ; preds = %v21, %v16
  %v26 = phi ptr [ %v19, %v16 ], [ %v23, %v21 ]
  %v27 = load i32, ptr %v26, align 4
  %v28 = load i32, ptr %v4, align 4
  %v29 = add nsw i32 %v28, %v27
  store i32 %v29, ptr %v4, align 4
  br label %v30
v11:                                               ; preds = %v7
  %v12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v13 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v12, i32 0, i32 0
  %v14 = load i32, ptr %v13, align 16
  %v15 = icmp ule i32 %v14, 40
  br i1 %v15, label %v16, label %v21
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_mixed(ptr noundef %v0, ...) #0 {
v1:
  %v2 = alloca ptr, align 8
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca double, align 8
  %v5 = alloca ptr, align 8
  store ptr %v0, ptr %v2, align 8
  %v6 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v6)
  store double 0.000000e+00, ptr %v4, align 8
  %v7 = load ptr, ptr %v2, align 8
  store ptr %v7, ptr %v5, align 8
  br label %v8
v56:                                               ; preds = %v12
  %v57 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v58 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v57, i32 0, i32 1
  %v59 = load i32, ptr %v58, align 4
  %v60 = icmp ule i32 %v59, 160
  br i1 %v60, label %v61, label %v66
v46:                                               ; preds = %v36
  %v47 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v37, i32 0, i32 2
  %v48 = load ptr, ptr %v47, align 8
  %v49 = getelementptr i8, ptr %v48, i32 8
  store ptr %v49, ptr %v47, align 8
  br label %v50
v119:                                              ; preds = %v118
  %v120 = load ptr, ptr %v5, align 8
  %v121 = getelementptr inbounds nuw i8, ptr %v120, i32 1
  store ptr %v121, ptr %v5, align 8
  br label %v8, !llvm.loop !8
v70:                                               ; preds = %v66, %v61
  %v71 = phi ptr [ %v64, %v61 ], [ %v68, %v66 ]
  %v72 = load double, ptr %v71, align 8
  %v73 = load double, ptr %v4, align 8
  %v74 = fadd double %v73, %v72
  store double %v74, ptr %v4, align 8
  br label %v118
v30:                                               ; preds = %v26, %v21
  %v31 = phi ptr [ %v24, %v21 ], [ %v28, %v26 ]
  %v32 = load i32, ptr %v31, align 4
  %v33 = sitofp i32 %v32 to double
  %v34 = load double, ptr %v4, align 8
  %v35 = fadd double %v34, %v33
  store double %v35, ptr %v4, align 8
  br label %v118
v61:                                               ; preds = %v56
  %v62 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v57, i32 0, i32 3
  %v63 = load ptr, ptr %v62, align 16
  %v64 = getelementptr i8, ptr %v63, i32 %v59
  %v65 = add i32 %v59, 16
  store i32 %v65, ptr %v58, align 4
  br label %v70
v16:                                               ; preds = %v12
  %v17 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 0
  %v19 = load i32, ptr %v18, align 16
  %v20 = icmp ule i32 %v19, 40
  br i1 %v20, label %v21, label %v26
v12:                                               ; preds = %v8
  %v13 = load ptr, ptr %v5, align 8
  %v14 = load i8, ptr %v13, align 1
  %v15 = sext i8 %v14 to i32
  switch i32 %v15, label %v118 [
    i32 105, label %v16
    i32 108, label %v36
    i32 100, label %v56
    i32 112, label %v75
    i32 115, label %v96
  ]
v96:                                               ; preds = %v12
  %v97 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v98 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v97, i32 0, i32 0
  %v99 = load i32, ptr %v98, align 16
  %v100 = icmp ule i32 %v99, 40
  br i1 %v100, label %v101, label %v106
v26:                                               ; preds = %v16
  %v27 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 2
  %v28 = load ptr, ptr %v27, align 8
  %v29 = getelementptr i8, ptr %v28, i32 8
  store ptr %v29, ptr %v27, align 8
  br label %v30
v41:                                               ; preds = %v36
  %v42 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v37, i32 0, i32 3
  %v43 = load ptr, ptr %v42, align 16
  %v44 = getelementptr i8, ptr %v43, i32 %v39
  %v45 = add i32 %v39, 8
  store i32 %v45, ptr %v38, align 16
  br label %v50
v85:                                               ; preds = %v75
  %v86 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v76, i32 0, i32 2
  %v87 = load ptr, ptr %v86, align 8
  %v88 = getelementptr i8, ptr %v87, i32 8
  store ptr %v88, ptr %v86, align 8
  br label %v89
v89:                                               ; preds = %v85, %v80
  %v90 = phi ptr [ %v83, %v80 ], [ %v87, %v85 ]
  %v91 = load ptr, ptr %v90, align 8
  %v92 = load i32, ptr %v91, align 4
  %v93 = sitofp i32 %v92 to double
  %v94 = load double, ptr %v4, align 8
  %v95 = fadd double %v94, %v93
  store double %v95, ptr %v4, align 8
  br label %v118
v50:                                               ; preds = %v46, %v41
  %v51 = phi ptr [ %v44, %v41 ], [ %v48, %v46 ]
  %v52 = load i64, ptr %v51, align 8
  %v53 = sitofp i64 %v52 to double
  %v54 = load double, ptr %v4, align 8
  %v55 = fadd double %v54, %v53
  store double %v55, ptr %v4, align 8
  br label %v118
v101:                                              ; preds = %v96
  %v102 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v97, i32 0, i32 3
  %v103 = load ptr, ptr %v102, align 16
  %v104 = getelementptr i8, ptr %v103, i32 %v99
  %v105 = add i32 %v99, 8
  store i32 %v105, ptr %v98, align 16
  br label %v110
v110:                                              ; preds = %v106, %v101
  %v111 = phi ptr [ %v104, %v101 ], [ %v108, %v106 ]
  %v112 = load ptr, ptr %v111, align 8
  %v113 = getelementptr inbounds i8, ptr %v112, i64 0
  %v114 = load i8, ptr %v113, align 1
  %v115 = sitofp i8 %v114 to double
  %v116 = load double, ptr %v4, align 8
  %v117 = fadd double %v116, %v115
  store double %v117, ptr %v4, align 8
  br label %v118
v8:                                                ; preds = %v119, %v1
  %v9 = load ptr, ptr %v5, align 8
  %v10 = load i8, ptr %v9, align 1
  %v11 = icmp ne i8 %v10, 0
  br i1 %v11, label %v12, label %v122
v118:                                              ; preds = %v12, %v110, %v89, %v70, %v50, %v30
  br label %v119
v21:                                               ; preds = %v16
  %v22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 3
  %v23 = load ptr, ptr %v22, align 16
  %v24 = getelementptr i8, ptr %v23, i32 %v19
  %v25 = add i32 %v19, 8
  store i32 %v25, ptr %v18, align 16
  br label %v30
v36:                                               ; preds = %v12
  %v37 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v38 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v37, i32 0, i32 0
  %v39 = load i32, ptr %v38, align 16
  %v40 = icmp ule i32 %v39, 40
  br i1 %v40, label %v41, label %v46
v66:                                               ; preds = %v56
  %v67 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v57, i32 0, i32 2
  %v68 = load ptr, ptr %v67, align 8
  %v69 = getelementptr i8, ptr %v68, i32 8
  store ptr %v69, ptr %v67, align 8
  br label %v70
v106:                                              ; preds = %v96
  %v107 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v97, i32 0, i32 2
  %v108 = load ptr, ptr %v107, align 8
  %v109 = getelementptr i8, ptr %v108, i32 8
  store ptr %v109, ptr %v107, align 8
  br label %v110
v80:                                               ; preds = %v75
  %v81 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v76, i32 0, i32 3
  %v82 = load ptr, ptr %v81, align 16
  %v83 = getelementptr i8, ptr %v82, i32 %v78
  %v84 = add i32 %v78, 8
  store i32 %v84, ptr %v77, align 16
  br label %v89
v75:                                               ; preds = %v12
  %v76 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v77 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v76, i32 0, i32 0
  %v78 = load i32, ptr %v77, align 16
  %v79 = icmp ule i32 %v78, 40
  br i1 %v79, label %v80, label %v85
v122:                                              ; preds = %v8
  %v123 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v123)
  %v124 = load double, ptr %v4, align 8
  ret double %v124
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @count_twice(i32 noundef %v0, ...) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca i32, align 4
  store i32 %v0, ptr %v2, align 4
  %v5 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v5)
  %v6 = load i32, ptr %v2, align 4
  %v7 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v8 = call i32 @vcount_twice(i32 noundef %v6, ptr noundef %v7)
  store i32 %v8, ptr %v4, align 4
  %v9 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v9)
  %v10 = load i32, ptr %v4, align 4
  ret i32 %v10
}

; Function Attrs: noinline nounwind optnone uwtable
define internal void @my_printf(ptr noundef %v0, ...) #0 {
v1:
  %v2 = alloca ptr, align 8
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca ptr, align 8
  store ptr %v0, ptr %v2, align 8
  %v5 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v5)
  %v6 = load ptr, ptr %v2, align 8
  store ptr %v6, ptr %v4, align 8
  br label %v7
v97:                                               ; preds = %v92
  %v98 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v99 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v98, i32 0, i32 0
  %v100 = load i32, ptr %v99, align 16
  %v101 = icmp ule i32 %v100, 40
  br i1 %v101, label %v102, label %v107
v92:                                               ; preds = %v69
  %v93 = load ptr, ptr %v4, align 8
  %v94 = load i8, ptr %v93, align 1
  %v95 = sext i8 %v94 to i32
  %v96 = icmp eq i32 %v95, 99
  br i1 %v96, label %v97, label %v115
v115:                                              ; preds = %v92
  %v116 = load ptr, ptr %v4, align 8
  %v117 = load i8, ptr %v116, align 1
  %v118 = sext i8 %v117 to i32
  %v119 = icmp eq i32 %v118, 76
  br i1 %v119, label %v120, label %v138
v111:                                              ; preds = %v107, %v102
  %v112 = phi ptr [ %v105, %v102 ], [ %v109, %v107 ]
  %v113 = load i32, ptr %v112, align 4
  %v114 = call i32 @putchar(i32 noundef %v113)
  br label %v144
v65:                                               ; preds = %v61, %v56
  %v66 = phi ptr [ %v59, %v56 ], [ %v63, %v61 ]
  %v67 = load double, ptr %v66, align 8
  %v68 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, double noundef %v67)
  br label %v146
v102:                                              ; preds = %v97
  %v103 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v98, i32 0, i32 3
  %v104 = load ptr, ptr %v103, align 16
  %v105 = getelementptr i8, ptr %v104, i32 %v100
  %v106 = add i32 %v100, 8
  store i32 %v106, ptr %v99, align 16
  br label %v111
v16:                                               ; preds = %v11
  %v17 = load ptr, ptr %v4, align 8
  %v18 = load i8, ptr %v17, align 1
  %v19 = sext i8 %v18 to i32
  %v20 = call i32 @putchar(i32 noundef %v19)
  br label %v148
v84:                                               ; preds = %v74
  %v85 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v75, i32 0, i32 2
  %v86 = load ptr, ptr %v85, align 8
  %v87 = getelementptr i8, ptr %v86, i32 8
  store ptr %v87, ptr %v85, align 8
  br label %v88
v38:                                               ; preds = %v28
  %v39 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v29, i32 0, i32 2
  %v40 = load ptr, ptr %v39, align 8
  %v41 = getelementptr i8, ptr %v40, i32 8
  store ptr %v41, ptr %v39, align 8
  br label %v42
v46:                                               ; preds = %v21
  %v47 = load ptr, ptr %v4, align 8
  %v48 = load i8, ptr %v47, align 1
  %v49 = sext i8 %v48 to i32
  %v50 = icmp eq i32 %v49, 102
  br i1 %v50, label %v51, label %v69
v138:                                              ; preds = %v115
  %v139 = load ptr, ptr %v4, align 8
  %v140 = load i8, ptr %v139, align 1
  %v141 = sext i8 %v140 to i32
  %v142 = call i32 @putchar(i32 noundef %v141)
  br label %v143
v146:                                              ; preds = %v145, %v65
  br label %v147
v28:                                               ; preds = %v21
  %v29 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v30 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v29, i32 0, i32 0
  %v31 = load i32, ptr %v30, align 16
  %v32 = icmp ule i32 %v31, 40
  br i1 %v32, label %v33, label %v38
v125:                                              ; preds = %v120
  %v126 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v121, i32 0, i32 3
  %v127 = load ptr, ptr %v126, align 16
  %v128 = getelementptr i8, ptr %v127, i32 %v123
  %v129 = add i32 %v123, 8
  store i32 %v129, ptr %v122, align 16
  br label %v134
v56:                                               ; preds = %v51
  %v57 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v52, i32 0, i32 3
  %v58 = load ptr, ptr %v57, align 16
  %v59 = getelementptr i8, ptr %v58, i32 %v54
  %v60 = add i32 %v54, 16
  store i32 %v60, ptr %v53, align 4
  br label %v65
v33:                                               ; preds = %v28
  %v34 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v29, i32 0, i32 3
  %v35 = load ptr, ptr %v34, align 16
  %v36 = getelementptr i8, ptr %v35, i32 %v31
  %v37 = add i32 %v31, 8
  store i32 %v37, ptr %v30, align 16
  br label %v42
v21:                                               ; preds = %v11
  %v22 = load ptr, ptr %v4, align 8
  %v23 = getelementptr inbounds nuw i8, ptr %v22, i32 1
  store ptr %v23, ptr %v4, align 8
  %v24 = load ptr, ptr %v4, align 8
  %v25 = load i8, ptr %v24, align 1
  %v26 = sext i8 %v25 to i32
  %v27 = icmp eq i32 %v26, 100
  br i1 %v27, label %v28, label %v46
v147:                                              ; preds = %v146, %v42
  br label %v148
v148:                                              ; preds = %v147, %v16
  %v149 = load ptr, ptr %v4, align 8
  %v150 = getelementptr inbounds nuw i8, ptr %v149, i32 1
  store ptr %v150, ptr %v4, align 8
  br label %v7, !llvm.loop !9
v7:                                                ; preds = %v148, %v1
  %v8 = load ptr, ptr %v4, align 8
  %v9 = load i8, ptr %v8, align 1
  %v10 = icmp ne i8 %v9, 0
  br i1 %v10, label %v11, label %v151
v51:                                               ; preds = %v46
  %v52 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v53 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v52, i32 0, i32 1
  %v54 = load i32, ptr %v53, align 4
  %v55 = icmp ule i32 %v54, 160
  br i1 %v55, label %v56, label %v61
v143:                                              ; preds = %v138, %v134
  br label %v144
v144:                                              ; preds = %v143, %v111
  br label %v145
v107:                                              ; preds = %v97
  %v108 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v98, i32 0, i32 2
  %v109 = load ptr, ptr %v108, align 8
  %v110 = getelementptr i8, ptr %v109, i32 8
  store ptr %v110, ptr %v108, align 8
  br label %v111
v130:                                              ; preds = %v120
  %v131 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v121, i32 0, i32 2
  %v132 = load ptr, ptr %v131, align 8
  %v133 = getelementptr i8, ptr %v132, i32 8
  store ptr %v133, ptr %v131, align 8
  br label %v134
v61:                                               ; preds = %v51
  %v62 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v52, i32 0, i32 2
  %v63 = load ptr, ptr %v62, align 8
  %v64 = getelementptr i8, ptr %v63, i32 8
  store ptr %v64, ptr %v62, align 8
  br label %v65
v42:                                               ; preds = %v38, %v33
  %v43 = phi ptr [ %v36, %v33 ], [ %v40, %v38 ]
  %v44 = load i32, ptr %v43, align 4
  %v45 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i32 noundef %v44)
  br label %v147
v88:                                               ; preds = %v84, %v79
  %v89 = phi ptr [ %v82, %v79 ], [ %v86, %v84 ]
  %v90 = load ptr, ptr %v89, align 8
  %v91 = call i32 (ptr, ...) @printf(ptr noundef @.str.15, ptr noundef %v90)
  br label %v145
v79:                                               ; preds = %v74
  %v80 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v75, i32 0, i32 3
  %v81 = load ptr, ptr %v80, align 16
  %v82 = getelementptr i8, ptr %v81, i32 %v77
  %v83 = add i32 %v77, 8
  store i32 %v83, ptr %v76, align 16
  br label %v88
v145:                                              ; preds = %v144, %v88
  br label %v146
v151:                                              ; preds = %v7
  %v152 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v152)
  ret void
v74:                                               ; preds = %v69
  %v75 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v76 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v75, i32 0, i32 0
  %v77 = load i32, ptr %v76, align 16
  %v78 = icmp ule i32 %v77, 40
  br i1 %v78, label %v79, label %v84
v11:                                               ; preds = %v7
  %v12 = load ptr, ptr %v4, align 8
  %v13 = load i8, ptr %v12, align 1
  %v14 = sext i8 %v13 to i32
  %v15 = icmp ne i32 %v14, 37
  br i1 %v15, label %v16, label %v21
v134:                                              ; preds = %v130, %v125
  %v135 = phi ptr [ %v128, %v125 ], [ %v132, %v130 ]
  %v136 = load i64, ptr %v135, align 8
  %v137 = call i32 (ptr, ...) @printf(ptr noundef @.str.16, i64 noundef %v136)
  br label %v143
v69:                                               ; preds = %v46
  %v70 = load ptr, ptr %v4, align 8
  %v71 = load i8, ptr %v70, align 1
  %v72 = sext i8 %v71 to i32
  %v73 = icmp eq i32 %v72, 115
  br i1 %v73, label %v74, label %v92
v120:                                              ; preds = %v115
  %v121 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v122 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v121, i32 0, i32 0
  %v123 = load i32, ptr %v122, align 16
  %v124 = icmp ule i32 %v123, 40
  br i1 %v124, label %v125, label %v130
}

; Function Attrs: noinline nounwind optnone uwtable
define internal double @avg(i32 noundef %v0, ...) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca [1 x %struct.__va_list_tag], align 16
  %v5 = alloca double, align 8
  %v6 = alloca double, align 8
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca double, align 8
  store i32 %v0, ptr %v2, align 4
  %v10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v10)
  %v11 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v4, i64 0, i64 0
  %v12 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_copy.p0(ptr %v11, ptr %v12)
  store double 0.000000e+00, ptr %v5, align 8
  store double -1.000000e+300, ptr %v6, align 8
  store i32 0, ptr %v7, align 4
  br label %v13
v49:                                               ; preds = %v44
  %v50 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v45, i32 0, i32 3
  %v51 = load ptr, ptr %v50, align 16
  %v52 = getelementptr i8, ptr %v51, i32 %v47
  %v53 = add i32 %v47, 16
  store i32 %v53, ptr %v46, align 4
  br label %v58
v70:                                               ; preds = %v40
  %v71 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v4, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v71)
  %v72 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v72)
  %v73 = load double, ptr %v5, align 8
  %v74 = load i32, ptr %v2, align 4
  %v75 = sitofp i32 %v74 to double
  %v76 = fdiv double %v73, %v75
  %v77 = load double, ptr %v6, align 8
  %v78 = fadd double %v76, %v77
  ret double %v78
v67:                                               ; preds = %v66
  %v68 = load i32, ptr %v8, align 4
  %v69 = add nsw i32 %v68, 1
  store i32 %v69, ptr %v8, align 4
  br label %v40, !llvm.loop !11
v54:                                               ; preds = %v44
  %v55 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v45, i32 0, i32 2
  %v56 = load ptr, ptr %v55, align 8
  %v57 = getelementptr i8, ptr %v56, i32 8
  store ptr %v57, ptr %v55, align 8
  br label %v58
v31:                                               ; preds = %v27, %v22
  %v32 = phi ptr [ %v25, %v22 ], [ %v29, %v27 ]
  %v33 = load double, ptr %v32, align 8
  %v34 = load double, ptr %v5, align 8
  %v35 = fadd double %v34, %v33
  store double %v35, ptr %v5, align 8
  br label %v36
v66:                                               ; preds = %v64, %v58
  br label %v67
v13:                                               ; preds = %v36, %v1
  %v14 = load i32, ptr %v7, align 4
  %v15 = load i32, ptr %v2, align 4
  %v16 = icmp slt i32 %v14, %v15
  br i1 %v16, label %v17, label %v39
v44:                                               ; preds = %v40
  %v45 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v4, i64 0, i64 0
  %v46 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v45, i32 0, i32 1
  %v47 = load i32, ptr %v46, align 4
  %v48 = icmp ule i32 %v47, 160
  br i1 %v48, label %v49, label %v54
v36:                                               ; preds = %v31
  %v37 = load i32, ptr %v7, align 4
  %v38 = add nsw i32 %v37, 1
  store i32 %v38, ptr %v7, align 4
  br label %v13, !llvm.loop !10
v22:                                               ; preds = %v17
  %v23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v18, i32 0, i32 3
  %v24 = load ptr, ptr %v23, align 16
  %v25 = getelementptr i8, ptr %v24, i32 %v20
  %v26 = add i32 %v20, 16
  store i32 %v26, ptr %v19, align 4
  br label %v31
v64:                                               ; preds = %v58
  %v65 = load double, ptr %v9, align 8
  store double %v65, ptr %v6, align 8
  br label %v66
v39:                                               ; preds = %v13
  store i32 0, ptr %v8, align 4
  br label %v40
v58:                                               ; preds = %v54, %v49
  %v59 = phi ptr [ %v52, %v49 ], [ %v56, %v54 ]
  %v60 = load double, ptr %v59, align 8
  store double %v60, ptr %v9, align 8
  %v61 = load double, ptr %v9, align 8
  %v62 = load double, ptr %v6, align 8
  %v63 = fcmp ogt double %v61, %v62
  br i1 %v63, label %v64, label %v66
v27:                                               ; preds = %v17
  %v28 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v18, i32 0, i32 2
  %v29 = load ptr, ptr %v28, align 8
  %v30 = getelementptr i8, ptr %v29, i32 8
  store ptr %v30, ptr %v28, align 8
  br label %v31
v40:                                               ; preds = %v67, %v39
  %v41 = load i32, ptr %v8, align 4
  %v42 = load i32, ptr %v2, align 4
  %v43 = icmp slt i32 %v41, %v42
  br i1 %v43, label %v44, label %v70
v17:                                               ; preds = %v13
  %v18 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v19 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v18, i32 0, i32 1
  %v20 = load i32, ptr %v19, align 4
  %v21 = icmp ule i32 %v20, 160
  br i1 %v21, label %v22, label %v27
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @sum_structs(i32 noundef %v0, ...) #0 {
v1:
  %v2 = alloca i32, align 4
  %v3 = alloca [1 x %struct.__va_list_tag], align 16
  %v4 = alloca double, align 8
  %v5 = alloca i32, align 4
  %v6 = alloca %struct.Pair, align 8
  %v7 = alloca %struct.Pair, align 8
  store i32 %v0, ptr %v2, align 4
  %v8 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_start.p0(ptr %v8)
  store double 0.000000e+00, ptr %v4, align 8
  store i32 0, ptr %v5, align 4
  br label %v9
v49:                                               ; preds = %v9
  %v50 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v50)
  %v51 = load double, ptr %v4, align 8
  ret double %v51
v13:                                               ; preds = %v9
  %v14 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v3, i64 0, i64 0
  %v15 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v14, i32 0, i32 0
  %v16 = load i32, ptr %v15, align 16
  %v17 = icmp ule i32 %v16, 40
  %v18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v14, i32 0, i32 1
  %v19 = load i32, ptr %v18, align 4
  %v20 = icmp ule i32 %v19, 160
  %v21 = and i1 %v17, %v20
  br i1 %v21, label %v22, label %v33
v37:                                               ; preds = %v33, %v22
  %v38 = phi ptr [ %v7, %v22 ], [ %v35, %v33 ]
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %v6, ptr align 8 %v38, i64 16, i1 false)
  %v39 = getelementptr inbounds nuw %struct.Pair, ptr %v6, i32 0, i32 0
  %v40 = load i32, ptr %v39, align 8
  %v41 = sitofp i32 %v40 to double
  %v42 = getelementptr inbounds nuw %struct.Pair, ptr %v6, i32 0, i32 1
  %v43 = load double, ptr %v42, align 8
  %v44 = load double, ptr %v4, align 8
  %v45 = call double @llvm.fmuladd.f64(double %v41, double %v43, double %v44)
  store double %v45, ptr %v4, align 8
  br label %v46
v46:                                               ; preds = %v37
  %v47 = load i32, ptr %v5, align 4
  %v48 = add nsw i32 %v47, 1
  store i32 %v48, ptr %v5, align 4
  br label %v9, !llvm.loop !12
v9:                                                ; preds = %v46, %v1
  %v10 = load i32, ptr %v5, align 4
  %v11 = load i32, ptr %v2, align 4
  %v12 = icmp slt i32 %v10, %v11
  br i1 %v12, label %v13, label %v49
v33:                                               ; preds = %v13
  %v34 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v14, i32 0, i32 2
  %v35 = load ptr, ptr %v34, align 8
  %v36 = getelementptr i8, ptr %v35, i32 16
  store ptr %v36, ptr %v34, align 8
  br label %v37
v22:                                               ; preds = %v13
  %v23 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v14, i32 0, i32 3
  %v24 = load ptr, ptr %v23, align 16
  %v25 = getelementptr i8, ptr %v24, i32 %v16
  %v26 = getelementptr i8, ptr %v24, i32 %v19
  %v27 = load i32, ptr %v25, align 4
  %v28 = getelementptr inbounds nuw { i32, double }, ptr %v7, i32 0, i32 0
  store i32 %v27, ptr %v28, align 8
  %v29 = load double, ptr %v26, align 8
  %v30 = getelementptr inbounds nuw { i32, double }, ptr %v7, i32 0, i32 1
  store double %v29, ptr %v30, align 8
  %v31 = add i32 %v16, 8
  store i32 %v31, ptr %v15, align 16
  %v32 = add i32 %v19, 16
  store i32 %v32, ptr %v18, align 4
  br label %v37
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @vcount_twice(i32 noundef %v0, ptr noundef %v1) #0 {
v2:
  %v3 = alloca i32, align 4
  %v4 = alloca ptr, align 8
  %v5 = alloca [1 x %struct.__va_list_tag], align 16
  %v6 = alloca i32, align 4
  %v7 = alloca i32, align 4
  %v8 = alloca i32, align 4
  %v9 = alloca i32, align 4
  store i32 %v0, ptr %v3, align 4
  store ptr %v1, ptr %v4, align 8
  %v10 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v5, i64 0, i64 0
  %v11 = load ptr, ptr %v4, align 8
  call void @llvm.va_copy.p0(ptr %v10, ptr %v11)
  store i32 0, ptr %v6, align 4
  store i32 0, ptr %v7, align 4
  store i32 0, ptr %v8, align 4
  br label %v12
v26:                                               ; preds = %v16
  %v27 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 2
  %v28 = load ptr, ptr %v27, align 8
  %v29 = getelementptr i8, ptr %v28, i32 8
  store ptr %v29, ptr %v27, align 8
  br label %v30
v53:                                               ; preds = %v43
  %v54 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v44, i32 0, i32 2
  %v55 = load ptr, ptr %v54, align 8
  %v56 = getelementptr i8, ptr %v55, i32 8
  store ptr %v56, ptr %v54, align 8
  br label %v57
v39:                                               ; preds = %v63, %v38
  %v40 = load i32, ptr %v9, align 4
  %v41 = load i32, ptr %v3, align 4
  %v42 = icmp slt i32 %v40, %v41
  br i1 %v42, label %v43, label %v66
v35:                                               ; preds = %v30
  %v36 = load i32, ptr %v8, align 4
  %v37 = add nsw i32 %v36, 1
  store i32 %v37, ptr %v8, align 4
  br label %v12, !llvm.loop !13
v12:                                               ; preds = %v35, %v2
  %v13 = load i32, ptr %v8, align 4
  %v14 = load i32, ptr %v3, align 4
  %v15 = icmp slt i32 %v13, %v14
  br i1 %v15, label %v16, label %v38
v16:                                               ; preds = %v12
  %v17 = load ptr, ptr %v4, align 8
  %v18 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 0
  %v19 = load i32, ptr %v18, align 8
  %v20 = icmp ule i32 %v19, 40
  br i1 %v20, label %v21, label %v26
v30:                                               ; preds = %v26, %v21
  %v31 = phi ptr [ %v24, %v21 ], [ %v28, %v26 ]
  %v32 = load i32, ptr %v31, align 4
  %v33 = load i32, ptr %v6, align 4
  %v34 = add nsw i32 %v33, %v32
  store i32 %v34, ptr %v6, align 4
  br label %v35
v43:                                               ; preds = %v39
  %v44 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v5, i64 0, i64 0
  %v45 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v44, i32 0, i32 0
  %v46 = load i32, ptr %v45, align 16
  %v47 = icmp ule i32 %v46, 40
  br i1 %v47, label %v48, label %v53
v21:                                               ; preds = %v16
  %v22 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v17, i32 0, i32 3
  %v23 = load ptr, ptr %v22, align 8
  %v24 = getelementptr i8, ptr %v23, i32 %v19
  %v25 = add i32 %v19, 8
  store i32 %v25, ptr %v18, align 8
  br label %v30
v38:                                               ; preds = %v12
  store i32 0, ptr %v9, align 4
  br label %v39
v66:                                               ; preds = %v39
  %v67 = getelementptr inbounds [1 x %struct.__va_list_tag], ptr %v5, i64 0, i64 0
  call void @llvm.va_end.p0(ptr %v67)
  %v68 = load i32, ptr %v6, align 4
  %v69 = mul nsw i32 %v68, 1000
  %v70 = load i32, ptr %v7, align 4
  %v71 = add nsw i32 %v69, %v70
  ret i32 %v71
v63:                                               ; preds = %v57
  %v64 = load i32, ptr %v9, align 4
  %v65 = add nsw i32 %v64, 1
  store i32 %v65, ptr %v9, align 4
  br label %v39, !llvm.loop !14
v48:                                               ; preds = %v43
  %v49 = getelementptr inbounds nuw %struct.__va_list_tag, ptr %v44, i32 0, i32 3
  %v50 = load ptr, ptr %v49, align 16
  %v51 = getelementptr i8, ptr %v50, i32 %v46
  %v52 = add i32 %v46, 8
  store i32 %v52, ptr %v45, align 16
  br label %v57
v57:                                               ; preds = %v53, %v48
  %v58 = phi ptr [ %v51, %v48 ], [ %v55, %v53 ]
  %v59 = load i32, ptr %v58, align 4
  %v60 = mul nsw i32 %v59, 2
  %v61 = load i32, ptr %v7, align 4
  %v62 = add nsw i32 %v61, %v60
  store i32 %v62, ptr %v7, align 4
  br label %v63
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #3

declare i32 @putchar(i32 noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

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
