; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.II = type { i32, i32 }
%struct.LL = type { i64, i64 }
%struct.DD = type { double, double }
%struct.FF = type { float, float }
%struct.FI = type { float, i32 }
%struct.CS = type { i8, i16 }
%struct.III = type { i32, i32, i32 }
%struct.FFF = type { float, float, float }
%struct.DI = type { double, i32 }

@.str = private unnamed_addr constant [19 x i8] c"ii %d %d -> %d %d\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [14 x i8] c"ll %lld %lld\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [14 x i8] c"dd %.3f %.3f\0A\00", align 1, !dbg !12
@.str.3 = private unnamed_addr constant [23 x i8] c"ff %.3f %.3f dot %.3f\0A\00", align 1, !dbg !14
@.str.4 = private unnamed_addr constant [12 x i8] c"fi %.2f %d\0A\00", align 1, !dbg !19
@.str.5 = private unnamed_addr constant [10 x i8] c"cs %c %d\0A\00", align 1, !dbg !24
@.str.6 = private unnamed_addr constant [14 x i8] c"iii %d %d %d\0A\00", align 1, !dbg !29
@.str.7 = private unnamed_addr constant [22 x i8] c"cross %.1f %.1f %.1f\0A\00", align 1, !dbg !31
@.str.8 = private unnamed_addr constant [12 x i8] c"di %.2f %d\0A\00", align 1, !dbg !36
@.str.9 = private unnamed_addr constant [9 x i8] c"many %d\0A\00", align 1, !dbg !38

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 !dbg !53 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.II, align 4
  %3 = alloca %struct.II, align 4
  %4 = alloca %struct.LL, align 8
  %5 = alloca %struct.LL, align 8
  %6 = alloca %struct.LL, align 8
  %7 = alloca %struct.DD, align 8
  %8 = alloca %struct.DD, align 8
  %9 = alloca %struct.FF, align 4
  %10 = alloca %struct.FF, align 4
  %11 = alloca %struct.FF, align 4
  %12 = alloca %struct.FI, align 4
  %13 = alloca %struct.FI, align 4
  %14 = alloca %struct.CS, align 2
  %15 = alloca %struct.CS, align 2
  %16 = alloca %struct.III, align 4
  %17 = alloca %struct.III, align 4
  %18 = alloca %struct.FFF, align 4
  %19 = alloca %struct.FFF, align 4
  %20 = alloca %struct.FFF, align 4
  %21 = alloca %struct.DI, align 8
  %22 = alloca i32, align 4
  %23 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !57, !DIExpression(), !62)
  call void @ii_make(ptr dead_on_unwind writable sret(%struct.II) align 4 %2, i32 noundef 3, i32 noundef -4), !dbg !63
    #dbg_declare(ptr %3, !64, !DIExpression(), !65)
  call void @ii_swap(ptr dead_on_unwind writable sret(%struct.II) align 4 %3, ptr noundef byval(%struct.II) align 4 %2), !dbg !66
  %24 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0, !dbg !67
  %25 = load i32, ptr %24, align 4, !dbg !67
  %26 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1, !dbg !68
  %27 = load i32, ptr %26, align 4, !dbg !68
  %28 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0, !dbg !69
  %29 = load i32, ptr %28, align 4, !dbg !69
  %30 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1, !dbg !70
  %31 = load i32, ptr %30, align 4, !dbg !70
  %32 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %25, i32 noundef %27, i32 noundef %29, i32 noundef %31), !dbg !71
    #dbg_declare(ptr %4, !72, !DIExpression(), !78)
  %33 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0, !dbg !79
  store i64 10000000000, ptr %33, align 8, !dbg !79
  %34 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1, !dbg !79
  store i64 -1, ptr %34, align 8, !dbg !79
  %35 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0, !dbg !80
  store i64 5, ptr %35, align 8, !dbg !80
  %36 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1, !dbg !80
  store i64 20000000000, ptr %36, align 8, !dbg !80
  call void @ll_add(ptr dead_on_unwind writable sret(%struct.LL) align 8 %4, ptr noundef byval(%struct.LL) align 8 %5, ptr noundef byval(%struct.LL) align 8 %6), !dbg !81
  %37 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0, !dbg !82
  %38 = load i64, ptr %37, align 8, !dbg !82
  %39 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1, !dbg !83
  %40 = load i64, ptr %39, align 8, !dbg !83
  %41 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %38, i64 noundef %40), !dbg !84
    #dbg_declare(ptr %7, !85, !DIExpression(), !90)
  %42 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0, !dbg !91
  store double 1.500000e+00, ptr %42, align 8, !dbg !91
  %43 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1, !dbg !91
  store double -2.250000e+00, ptr %43, align 8, !dbg !91
  call void @dd_scale(ptr dead_on_unwind writable sret(%struct.DD) align 8 %7, ptr noundef byval(%struct.DD) align 8 %8, double noundef 4.000000e+00), !dbg !92
  %44 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0, !dbg !93
  %45 = load double, ptr %44, align 8, !dbg !93
  %46 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1, !dbg !94
  %47 = load double, ptr %46, align 8, !dbg !94
  %48 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %45, double noundef %47), !dbg !95
    #dbg_declare(ptr %9, !96, !DIExpression(), !101)
  %49 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0, !dbg !102
  store float 1.000000e+00, ptr %49, align 4, !dbg !102
  %50 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1, !dbg !102
  store float 2.000000e+00, ptr %50, align 4, !dbg !102
  %51 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0, !dbg !103
  store float 5.000000e-01, ptr %51, align 4, !dbg !103
  %52 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1, !dbg !103
  store float 2.500000e-01, ptr %52, align 4, !dbg !103
  call void @ff_add(ptr dead_on_unwind writable sret(%struct.FF) align 4 %9, ptr noundef byval(%struct.FF) align 4 %10, ptr noundef byval(%struct.FF) align 4 %11), !dbg !104
  %53 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0, !dbg !105
  %54 = load float, ptr %53, align 4, !dbg !105
  %55 = fpext float %54 to double, !dbg !106
  %56 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1, !dbg !107
  %57 = load float, ptr %56, align 4, !dbg !107
  %58 = fpext float %57 to double, !dbg !108
  %59 = call float @ff_dot(ptr noundef byval(%struct.FF) align 4 %9, ptr noundef byval(%struct.FF) align 4 %9), !dbg !109
  %60 = fpext float %59 to double, !dbg !110
  %61 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %55, double noundef %58, double noundef %60), !dbg !111
    #dbg_declare(ptr %12, !112, !DIExpression(), !117)
  %62 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0, !dbg !118
  store float 5.000000e-01, ptr %62, align 4, !dbg !118
  %63 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1, !dbg !118
  store i32 7, ptr %63, align 4, !dbg !118
  call void @fi_mix(ptr dead_on_unwind writable sret(%struct.FI) align 4 %12, ptr noundef byval(%struct.FI) align 4 %13), !dbg !119
  %64 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0, !dbg !120
  %65 = load float, ptr %64, align 4, !dbg !120
  %66 = fpext float %65 to double, !dbg !121
  %67 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1, !dbg !122
  %68 = load i32, ptr %67, align 4, !dbg !122
  %69 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %66, i32 noundef %68), !dbg !123
    #dbg_declare(ptr %14, !124, !DIExpression(), !130)
  %70 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0, !dbg !131
  store i8 65, ptr %70, align 2, !dbg !131
  %71 = getelementptr i8, ptr %15, i32 1, !dbg !131
  call void @llvm.memset.p0.i64(ptr align 1 %71, i8 0, i64 1, i1 false), !dbg !131
  %72 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1, !dbg !131
  store i16 -300, ptr %72, align 2, !dbg !131
  call void @cs_inc(ptr dead_on_unwind writable sret(%struct.CS) align 2 %14, ptr noundef byval(%struct.CS) align 2 %15), !dbg !132
  %73 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0, !dbg !133
  %74 = load i8, ptr %73, align 2, !dbg !133
  %75 = sext i8 %74 to i32, !dbg !134
  %76 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1, !dbg !135
  %77 = load i16, ptr %76, align 2, !dbg !135
  %78 = sext i16 %77 to i32, !dbg !136
  %79 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %75, i32 noundef %78), !dbg !137
    #dbg_declare(ptr %16, !138, !DIExpression(), !144)
  %80 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0, !dbg !145
  store i32 1, ptr %80, align 4, !dbg !145
  %81 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1, !dbg !145
  store i32 2, ptr %81, align 4, !dbg !145
  %82 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2, !dbg !145
  store i32 3, ptr %82, align 4, !dbg !145
  call void @iii_rot(ptr dead_on_unwind writable sret(%struct.III) align 4 %16, ptr noundef byval(%struct.III) align 4 %17), !dbg !146
  %83 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 0, !dbg !147
  %84 = load i32, ptr %83, align 4, !dbg !147
  %85 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 1, !dbg !148
  %86 = load i32, ptr %85, align 4, !dbg !148
  %87 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 2, !dbg !149
  %88 = load i32, ptr %87, align 4, !dbg !149
  %89 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %84, i32 noundef %86, i32 noundef %88), !dbg !150
    #dbg_declare(ptr %18, !151, !DIExpression(), !157)
  %90 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 0, !dbg !158
  store float 1.000000e+00, ptr %90, align 4, !dbg !158
  %91 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 1, !dbg !158
  store float 0.000000e+00, ptr %91, align 4, !dbg !158
  %92 = getelementptr inbounds nuw %struct.FFF, ptr %19, i32 0, i32 2, !dbg !158
  store float 0.000000e+00, ptr %92, align 4, !dbg !158
  %93 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 0, !dbg !159
  store float 0.000000e+00, ptr %93, align 4, !dbg !159
  %94 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 1, !dbg !159
  store float 1.000000e+00, ptr %94, align 4, !dbg !159
  %95 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 2, !dbg !159
  store float 0.000000e+00, ptr %95, align 4, !dbg !159
  call void @fff_cross(ptr dead_on_unwind writable sret(%struct.FFF) align 4 %18, ptr noundef byval(%struct.FFF) align 4 %19, ptr noundef byval(%struct.FFF) align 4 %20), !dbg !160
  %96 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 0, !dbg !161
  %97 = load float, ptr %96, align 4, !dbg !161
  %98 = fpext float %97 to double, !dbg !162
  %99 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 1, !dbg !163
  %100 = load float, ptr %99, align 4, !dbg !163
  %101 = fpext float %100 to double, !dbg !164
  %102 = getelementptr inbounds nuw %struct.FFF, ptr %18, i32 0, i32 2, !dbg !165
  %103 = load float, ptr %102, align 4, !dbg !165
  %104 = fpext float %103 to double, !dbg !166
  %105 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %98, double noundef %101, double noundef %104), !dbg !167
    #dbg_declare(ptr %21, !168, !DIExpression(), !173)
  call void @di_make(ptr dead_on_unwind writable sret(%struct.DI) align 8 %21, double noundef 2.750000e+00, i32 noundef -9), !dbg !174
  %106 = getelementptr inbounds nuw %struct.DI, ptr %21, i32 0, i32 0, !dbg !175
  %107 = load double, ptr %106, align 8, !dbg !175
  %108 = getelementptr inbounds nuw %struct.DI, ptr %21, i32 0, i32 1, !dbg !176
  %109 = load i32, ptr %108, align 8, !dbg !176
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %107, i32 noundef %109), !dbg !177
    #dbg_declare(ptr %22, !178, !DIExpression(), !179)
  %111 = getelementptr inbounds nuw %struct.FF, ptr %23, i32 0, i32 0, !dbg !180
  store float 2.000000e+00, ptr %111, align 4, !dbg !180
  %112 = getelementptr inbounds nuw %struct.FF, ptr %23, i32 0, i32 1, !dbg !180
  store float 3.000000e+00, ptr %112, align 4, !dbg !180
  %113 = call i32 @many(ptr noundef byval(%struct.II) align 4 %2, ptr noundef byval(%struct.LL) align 8 %4, ptr noundef byval(%struct.DD) align 8 %7, ptr noundef byval(%struct.FF) align 4 %9, i32 noundef 100, double noundef 5.000000e-01, ptr noundef byval(%struct.II) align 4 %3, ptr noundef byval(%struct.FF) align 4 %23), !dbg !181
  store i32 %113, ptr %22, align 4, !dbg !179
  %114 = load i32, ptr %22, align 4, !dbg !182
  %115 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %114), !dbg !183
  %116 = load i32, ptr %22, align 4, !dbg !184
  %117 = and i32 %116, 63, !dbg !185
  ret i32 %117, !dbg !186
}

; Function Attrs: noinline nounwind optnone
define internal void @ii_make(ptr dead_on_unwind noalias writable sret(%struct.II) align 4 %0, i32 noundef %1, i32 noundef %2) #0 !dbg !187 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !190, !DIExpression(), !191)
  store i32 %2, ptr %5, align 4
    #dbg_declare(ptr %5, !192, !DIExpression(), !193)
    #dbg_declare(ptr %0, !194, !DIExpression(), !195)
  %6 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0, !dbg !196
  %7 = load i32, ptr %4, align 4, !dbg !197
  store i32 %7, ptr %6, align 4, !dbg !196
  %8 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1, !dbg !196
  %9 = load i32, ptr %5, align 4, !dbg !198
  store i32 %9, ptr %8, align 4, !dbg !196
  ret void, !dbg !199
}

; Function Attrs: noinline nounwind optnone
define internal void @ii_swap(ptr dead_on_unwind noalias writable sret(%struct.II) align 4 %0, ptr noundef byval(%struct.II) align 4 %1) #0 !dbg !200 {
    #dbg_declare(ptr %1, !203, !DIExpression(), !204)
    #dbg_declare(ptr %0, !205, !DIExpression(), !206)
  %3 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0, !dbg !207
  %4 = getelementptr inbounds nuw %struct.II, ptr %1, i32 0, i32 1, !dbg !208
  %5 = load i32, ptr %4, align 4, !dbg !208
  store i32 %5, ptr %3, align 4, !dbg !207
  %6 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1, !dbg !207
  %7 = getelementptr inbounds nuw %struct.II, ptr %1, i32 0, i32 0, !dbg !209
  %8 = load i32, ptr %7, align 4, !dbg !209
  store i32 %8, ptr %6, align 4, !dbg !207
  ret void, !dbg !210
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone
define internal void @ll_add(ptr dead_on_unwind noalias writable sret(%struct.LL) align 8 %0, ptr noundef byval(%struct.LL) align 8 %1, ptr noundef byval(%struct.LL) align 8 %2) #0 !dbg !211 {
    #dbg_declare(ptr %1, !214, !DIExpression(), !215)
    #dbg_declare(ptr %2, !216, !DIExpression(), !217)
    #dbg_declare(ptr %0, !218, !DIExpression(), !219)
  %4 = getelementptr inbounds nuw %struct.LL, ptr %0, i32 0, i32 0, !dbg !220
  %5 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 0, !dbg !221
  %6 = load i64, ptr %5, align 8, !dbg !221
  %7 = getelementptr inbounds nuw %struct.LL, ptr %2, i32 0, i32 0, !dbg !222
  %8 = load i64, ptr %7, align 8, !dbg !222
  %9 = add nsw i64 %6, %8, !dbg !223
  store i64 %9, ptr %4, align 8, !dbg !220
  %10 = getelementptr inbounds nuw %struct.LL, ptr %0, i32 0, i32 1, !dbg !220
  %11 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 1, !dbg !224
  %12 = load i64, ptr %11, align 8, !dbg !224
  %13 = getelementptr inbounds nuw %struct.LL, ptr %2, i32 0, i32 1, !dbg !225
  %14 = load i64, ptr %13, align 8, !dbg !225
  %15 = add nsw i64 %12, %14, !dbg !226
  store i64 %15, ptr %10, align 8, !dbg !220
  ret void, !dbg !227
}

; Function Attrs: noinline nounwind optnone
define internal void @dd_scale(ptr dead_on_unwind noalias writable sret(%struct.DD) align 8 %0, ptr noundef byval(%struct.DD) align 8 %1, double noundef %2) #0 !dbg !228 {
  %4 = alloca double, align 8
    #dbg_declare(ptr %1, !231, !DIExpression(), !232)
  store double %2, ptr %4, align 8
    #dbg_declare(ptr %4, !233, !DIExpression(), !234)
  %5 = load double, ptr %4, align 8, !dbg !235
  %6 = getelementptr inbounds nuw %struct.DD, ptr %1, i32 0, i32 0, !dbg !236
  %7 = load double, ptr %6, align 8, !dbg !237
  %8 = fmul double %7, %5, !dbg !237
  store double %8, ptr %6, align 8, !dbg !237
  %9 = load double, ptr %4, align 8, !dbg !238
  %10 = getelementptr inbounds nuw %struct.DD, ptr %1, i32 0, i32 1, !dbg !239
  %11 = load double, ptr %10, align 8, !dbg !240
  %12 = fmul double %11, %9, !dbg !240
  store double %12, ptr %10, align 8, !dbg !240
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %0, ptr align 8 %1, i32 16, i1 false), !dbg !241
  ret void, !dbg !242
}

; Function Attrs: noinline nounwind optnone
define internal void @ff_add(ptr dead_on_unwind noalias writable sret(%struct.FF) align 4 %0, ptr noundef byval(%struct.FF) align 4 %1, ptr noundef byval(%struct.FF) align 4 %2) #0 !dbg !243 {
    #dbg_declare(ptr %1, !246, !DIExpression(), !247)
    #dbg_declare(ptr %2, !248, !DIExpression(), !249)
    #dbg_declare(ptr %0, !250, !DIExpression(), !251)
  %4 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 0, !dbg !252
  %5 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 0, !dbg !253
  %6 = load float, ptr %5, align 4, !dbg !253
  %7 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 0, !dbg !254
  %8 = load float, ptr %7, align 4, !dbg !254
  %9 = fadd float %6, %8, !dbg !255
  store float %9, ptr %4, align 4, !dbg !252
  %10 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 1, !dbg !252
  %11 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 1, !dbg !256
  %12 = load float, ptr %11, align 4, !dbg !256
  %13 = getelementptr inbounds nuw %struct.FF, ptr %2, i32 0, i32 1, !dbg !257
  %14 = load float, ptr %13, align 4, !dbg !257
  %15 = fadd float %12, %14, !dbg !258
  store float %15, ptr %10, align 4, !dbg !252
  ret void, !dbg !259
}

; Function Attrs: noinline nounwind optnone
define internal float @ff_dot(ptr noundef byval(%struct.FF) align 4 %0, ptr noundef byval(%struct.FF) align 4 %1) #0 !dbg !260 {
    #dbg_declare(ptr %0, !263, !DIExpression(), !264)
    #dbg_declare(ptr %1, !265, !DIExpression(), !266)
  %3 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 0, !dbg !267
  %4 = load float, ptr %3, align 4, !dbg !267
  %5 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 0, !dbg !268
  %6 = load float, ptr %5, align 4, !dbg !268
  %7 = getelementptr inbounds nuw %struct.FF, ptr %0, i32 0, i32 1, !dbg !269
  %8 = load float, ptr %7, align 4, !dbg !269
  %9 = getelementptr inbounds nuw %struct.FF, ptr %1, i32 0, i32 1, !dbg !270
  %10 = load float, ptr %9, align 4, !dbg !270
  %11 = fmul float %8, %10, !dbg !271
  %12 = call float @llvm.fmuladd.f32(float %4, float %6, float %11), !dbg !272
  ret float %12, !dbg !273
}

; Function Attrs: noinline nounwind optnone
define internal void @fi_mix(ptr dead_on_unwind noalias writable sret(%struct.FI) align 4 %0, ptr noundef byval(%struct.FI) align 4 %1) #0 !dbg !274 {
    #dbg_declare(ptr %1, !277, !DIExpression(), !278)
  %3 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 1, !dbg !279
  %4 = load i32, ptr %3, align 4, !dbg !279
  %5 = sitofp i32 %4 to float, !dbg !280
  %6 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 0, !dbg !281
  %7 = load float, ptr %6, align 4, !dbg !282
  %8 = fadd float %7, %5, !dbg !282
  store float %8, ptr %6, align 4, !dbg !282
  %9 = getelementptr inbounds nuw %struct.FI, ptr %1, i32 0, i32 1, !dbg !283
  %10 = load i32, ptr %9, align 4, !dbg !284
  %11 = mul nsw i32 %10, 2, !dbg !284
  store i32 %11, ptr %9, align 4, !dbg !284
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %0, ptr align 4 %1, i32 8, i1 false), !dbg !285
  ret void, !dbg !286
}

; Function Attrs: noinline nounwind optnone
define internal void @cs_inc(ptr dead_on_unwind noalias writable sret(%struct.CS) align 2 %0, ptr noundef byval(%struct.CS) align 2 %1) #0 !dbg !287 {
    #dbg_declare(ptr %1, !290, !DIExpression(), !291)
  %3 = getelementptr inbounds nuw %struct.CS, ptr %1, i32 0, i32 0, !dbg !292
  %4 = load i8, ptr %3, align 2, !dbg !293
  %5 = add i8 %4, 1, !dbg !293
  store i8 %5, ptr %3, align 2, !dbg !293
  %6 = getelementptr inbounds nuw %struct.CS, ptr %1, i32 0, i32 1, !dbg !294
  %7 = load i16, ptr %6, align 2, !dbg !295
  %8 = add i16 %7, -1, !dbg !295
  store i16 %8, ptr %6, align 2, !dbg !295
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %0, ptr align 2 %1, i32 4, i1 false), !dbg !296
  ret void, !dbg !297
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @iii_rot(ptr dead_on_unwind noalias writable sret(%struct.III) align 4 %0, ptr noundef byval(%struct.III) align 4 %1) #0 !dbg !298 {
    #dbg_declare(ptr %1, !301, !DIExpression(), !302)
    #dbg_declare(ptr %0, !303, !DIExpression(), !304)
  %3 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 0, !dbg !305
  %4 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 1, !dbg !306
  %5 = load i32, ptr %4, align 4, !dbg !306
  store i32 %5, ptr %3, align 4, !dbg !305
  %6 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 1, !dbg !305
  %7 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 2, !dbg !307
  %8 = load i32, ptr %7, align 4, !dbg !307
  store i32 %8, ptr %6, align 4, !dbg !305
  %9 = getelementptr inbounds nuw %struct.III, ptr %0, i32 0, i32 2, !dbg !305
  %10 = getelementptr inbounds nuw %struct.III, ptr %1, i32 0, i32 0, !dbg !308
  %11 = load i32, ptr %10, align 4, !dbg !308
  store i32 %11, ptr %9, align 4, !dbg !305
  ret void, !dbg !309
}

; Function Attrs: noinline nounwind optnone
define internal void @fff_cross(ptr dead_on_unwind noalias writable sret(%struct.FFF) align 4 %0, ptr noundef byval(%struct.FFF) align 4 %1, ptr noundef byval(%struct.FFF) align 4 %2) #0 !dbg !310 {
    #dbg_declare(ptr %1, !313, !DIExpression(), !314)
    #dbg_declare(ptr %2, !315, !DIExpression(), !316)
    #dbg_declare(ptr %0, !317, !DIExpression(), !318)
  %4 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 0, !dbg !319
  %5 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 1, !dbg !320
  %6 = load float, ptr %5, align 4, !dbg !320
  %7 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 2, !dbg !321
  %8 = load float, ptr %7, align 4, !dbg !321
  %9 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 2, !dbg !322
  %10 = load float, ptr %9, align 4, !dbg !322
  %11 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 1, !dbg !323
  %12 = load float, ptr %11, align 4, !dbg !323
  %13 = fmul float %10, %12, !dbg !324
  %14 = fneg float %13, !dbg !325
  %15 = call float @llvm.fmuladd.f32(float %6, float %8, float %14), !dbg !325
  store float %15, ptr %4, align 4, !dbg !319
  %16 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 1, !dbg !319
  %17 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 2, !dbg !326
  %18 = load float, ptr %17, align 4, !dbg !326
  %19 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 0, !dbg !327
  %20 = load float, ptr %19, align 4, !dbg !327
  %21 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 0, !dbg !328
  %22 = load float, ptr %21, align 4, !dbg !328
  %23 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 2, !dbg !329
  %24 = load float, ptr %23, align 4, !dbg !329
  %25 = fmul float %22, %24, !dbg !330
  %26 = fneg float %25, !dbg !331
  %27 = call float @llvm.fmuladd.f32(float %18, float %20, float %26), !dbg !331
  store float %27, ptr %16, align 4, !dbg !319
  %28 = getelementptr inbounds nuw %struct.FFF, ptr %0, i32 0, i32 2, !dbg !319
  %29 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 0, !dbg !332
  %30 = load float, ptr %29, align 4, !dbg !332
  %31 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 1, !dbg !333
  %32 = load float, ptr %31, align 4, !dbg !333
  %33 = getelementptr inbounds nuw %struct.FFF, ptr %1, i32 0, i32 1, !dbg !334
  %34 = load float, ptr %33, align 4, !dbg !334
  %35 = getelementptr inbounds nuw %struct.FFF, ptr %2, i32 0, i32 0, !dbg !335
  %36 = load float, ptr %35, align 4, !dbg !335
  %37 = fmul float %34, %36, !dbg !336
  %38 = fneg float %37, !dbg !337
  %39 = call float @llvm.fmuladd.f32(float %30, float %32, float %38), !dbg !337
  store float %39, ptr %28, align 4, !dbg !319
  ret void, !dbg !338
}

; Function Attrs: noinline nounwind optnone
define internal void @di_make(ptr dead_on_unwind noalias writable sret(%struct.DI) align 8 %0, double noundef %1, i32 noundef %2) #0 !dbg !339 {
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %1, ptr %4, align 8
    #dbg_declare(ptr %4, !342, !DIExpression(), !343)
  store i32 %2, ptr %5, align 4
    #dbg_declare(ptr %5, !344, !DIExpression(), !345)
    #dbg_declare(ptr %0, !346, !DIExpression(), !347)
  %6 = load double, ptr %4, align 8, !dbg !348
  %7 = getelementptr inbounds nuw %struct.DI, ptr %0, i32 0, i32 0, !dbg !349
  store double %6, ptr %7, align 8, !dbg !350
  %8 = load i32, ptr %5, align 4, !dbg !351
  %9 = getelementptr inbounds nuw %struct.DI, ptr %0, i32 0, i32 1, !dbg !352
  store i32 %8, ptr %9, align 8, !dbg !353
  ret void, !dbg !354
}

; Function Attrs: noinline nounwind optnone
define internal i32 @many(ptr noundef byval(%struct.II) align 4 %0, ptr noundef byval(%struct.LL) align 8 %1, ptr noundef byval(%struct.DD) align 8 %2, ptr noundef byval(%struct.FF) align 4 %3, i32 noundef %4, double noundef %5, ptr noundef byval(%struct.II) align 4 %6, ptr noundef byval(%struct.FF) align 4 %7) #0 !dbg !355 {
  %9 = alloca i32, align 4
  %10 = alloca double, align 8
    #dbg_declare(ptr %0, !358, !DIExpression(), !359)
    #dbg_declare(ptr %1, !360, !DIExpression(), !361)
    #dbg_declare(ptr %2, !362, !DIExpression(), !363)
    #dbg_declare(ptr %3, !364, !DIExpression(), !365)
  store i32 %4, ptr %9, align 4
    #dbg_declare(ptr %9, !366, !DIExpression(), !367)
  store double %5, ptr %10, align 8
    #dbg_declare(ptr %10, !368, !DIExpression(), !369)
    #dbg_declare(ptr %6, !370, !DIExpression(), !371)
    #dbg_declare(ptr %7, !372, !DIExpression(), !373)
  %11 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 0, !dbg !374
  %12 = load i32, ptr %11, align 4, !dbg !374
  %13 = getelementptr inbounds nuw %struct.II, ptr %0, i32 0, i32 1, !dbg !375
  %14 = load i32, ptr %13, align 4, !dbg !375
  %15 = add nsw i32 %12, %14, !dbg !376
  %16 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 0, !dbg !377
  %17 = load i64, ptr %16, align 8, !dbg !377
  %18 = trunc i64 %17 to i32, !dbg !378
  %19 = add nsw i32 %15, %18, !dbg !379
  %20 = getelementptr inbounds nuw %struct.LL, ptr %1, i32 0, i32 1, !dbg !380
  %21 = load i64, ptr %20, align 8, !dbg !380
  %22 = trunc i64 %21 to i32, !dbg !381
  %23 = add nsw i32 %19, %22, !dbg !382
  %24 = getelementptr inbounds nuw %struct.DD, ptr %2, i32 0, i32 0, !dbg !383
  %25 = load double, ptr %24, align 8, !dbg !383
  %26 = fptosi double %25 to i32, !dbg !384
  %27 = add nsw i32 %23, %26, !dbg !385
  %28 = getelementptr inbounds nuw %struct.DD, ptr %2, i32 0, i32 1, !dbg !386
  %29 = load double, ptr %28, align 8, !dbg !386
  %30 = fptosi double %29 to i32, !dbg !387
  %31 = add nsw i32 %27, %30, !dbg !388
  %32 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0, !dbg !389
  %33 = load float, ptr %32, align 4, !dbg !389
  %34 = fptosi float %33 to i32, !dbg !390
  %35 = add nsw i32 %31, %34, !dbg !391
  %36 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1, !dbg !392
  %37 = load float, ptr %36, align 4, !dbg !392
  %38 = fptosi float %37 to i32, !dbg !393
  %39 = add nsw i32 %35, %38, !dbg !394
  %40 = load i32, ptr %9, align 4, !dbg !395
  %41 = add nsw i32 %39, %40, !dbg !396
  %42 = load double, ptr %10, align 8, !dbg !397
  %43 = fptosi double %42 to i32, !dbg !398
  %44 = add nsw i32 %41, %43, !dbg !399
  %45 = getelementptr inbounds nuw %struct.II, ptr %6, i32 0, i32 0, !dbg !400
  %46 = load i32, ptr %45, align 4, !dbg !400
  %47 = add nsw i32 %44, %46, !dbg !401
  %48 = getelementptr inbounds nuw %struct.II, ptr %6, i32 0, i32 1, !dbg !402
  %49 = load i32, ptr %48, align 4, !dbg !402
  %50 = sub nsw i32 %47, %49, !dbg !403
  %51 = getelementptr inbounds nuw %struct.FF, ptr %7, i32 0, i32 0, !dbg !404
  %52 = load float, ptr %51, align 4, !dbg !404
  %53 = getelementptr inbounds nuw %struct.FF, ptr %7, i32 0, i32 1, !dbg !405
  %54 = load float, ptr %53, align 4, !dbg !405
  %55 = fmul float %52, %54, !dbg !406
  %56 = fptosi float %55 to i32, !dbg !407
  %57 = add nsw i32 %50, %56, !dbg !408
  ret i32 %57, !dbg !409
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!43}
!llvm.module.flags = !{!49, !50, !51}
!llvm.ident = !{!52}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "struct_small.c", directory: ".")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 19)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 38, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 14)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 40, type: !9, isLocal: true, isDefinition: true)
!14 = !DIGlobalVariableExpression(var: !15, expr: !DIExpression())
!15 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !16, isLocal: true, isDefinition: true)
!16 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 184, elements: !17)
!17 = !{!18}
!18 = !DISubrange(count: 23)
!19 = !DIGlobalVariableExpression(var: !20, expr: !DIExpression())
!20 = distinct !DIGlobalVariable(scope: null, file: !2, line: 44, type: !21, isLocal: true, isDefinition: true)
!21 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !22)
!22 = !{!23}
!23 = !DISubrange(count: 12)
!24 = !DIGlobalVariableExpression(var: !25, expr: !DIExpression())
!25 = distinct !DIGlobalVariable(scope: null, file: !2, line: 46, type: !26, isLocal: true, isDefinition: true)
!26 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 80, elements: !27)
!27 = !{!28}
!28 = !DISubrange(count: 10)
!29 = !DIGlobalVariableExpression(var: !30, expr: !DIExpression())
!30 = distinct !DIGlobalVariable(scope: null, file: !2, line: 48, type: !9, isLocal: true, isDefinition: true)
!31 = !DIGlobalVariableExpression(var: !32, expr: !DIExpression())
!32 = distinct !DIGlobalVariable(scope: null, file: !2, line: 50, type: !33, isLocal: true, isDefinition: true)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 176, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 22)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(scope: null, file: !2, line: 52, type: !21, isLocal: true, isDefinition: true)
!38 = !DIGlobalVariableExpression(var: !39, expr: !DIExpression())
!39 = distinct !DIGlobalVariable(scope: null, file: !2, line: 54, type: !40, isLocal: true, isDefinition: true)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 72, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 9)
!43 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !44, globals: !48, splitDebugInlining: false, nameTableKind: None)
!44 = !{!45, !46, !47}
!45 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!46 = !DIBasicType(name: "float", size: 32, encoding: DW_ATE_float)
!47 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!48 = !{!0, !7, !12, !14, !19, !24, !29, !31, !36, !38}
!49 = !{i32 7, !"Dwarf Version", i32 4}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!53 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 34, type: !54, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !43, retainedNodes: !56)
!54 = !DISubroutineType(types: !55)
!55 = !{!47}
!56 = !{}
!57 = !DILocalVariable(name: "a", scope: !53, file: !2, line: 35, type: !58)
!58 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "II", file: !2, line: 6, size: 64, elements: !59)
!59 = !{!60, !61}
!60 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !58, file: !2, line: 6, baseType: !47, size: 32)
!61 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !58, file: !2, line: 6, baseType: !47, size: 32, offset: 32)
!62 = !DILocation(line: 35, column: 15, scope: !53)
!63 = !DILocation(line: 35, column: 19, scope: !53)
!64 = !DILocalVariable(name: "s", scope: !53, file: !2, line: 35, type: !58)
!65 = !DILocation(line: 35, column: 35, scope: !53)
!66 = !DILocation(line: 35, column: 39, scope: !53)
!67 = !DILocation(line: 36, column: 37, scope: !53)
!68 = !DILocation(line: 36, column: 42, scope: !53)
!69 = !DILocation(line: 36, column: 47, scope: !53)
!70 = !DILocation(line: 36, column: 52, scope: !53)
!71 = !DILocation(line: 36, column: 5, scope: !53)
!72 = !DILocalVariable(name: "l", scope: !53, file: !2, line: 37, type: !73)
!73 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "LL", file: !2, line: 7, size: 128, elements: !74)
!74 = !{!75, !77}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !73, file: !2, line: 7, baseType: !76, size: 64)
!76 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!77 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !73, file: !2, line: 7, baseType: !76, size: 64, offset: 64)
!78 = !DILocation(line: 37, column: 15, scope: !53)
!79 = !DILocation(line: 37, column: 37, scope: !53)
!80 = !DILocation(line: 37, column: 71, scope: !53)
!81 = !DILocation(line: 37, column: 19, scope: !53)
!82 = !DILocation(line: 38, column: 32, scope: !53)
!83 = !DILocation(line: 38, column: 37, scope: !53)
!84 = !DILocation(line: 38, column: 5, scope: !53)
!85 = !DILocalVariable(name: "d", scope: !53, file: !2, line: 39, type: !86)
!86 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "DD", file: !2, line: 8, size: 128, elements: !87)
!87 = !{!88, !89}
!88 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !86, file: !2, line: 8, baseType: !45, size: 64)
!89 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !86, file: !2, line: 8, baseType: !45, size: 64, offset: 64)
!90 = !DILocation(line: 39, column: 15, scope: !53)
!91 = !DILocation(line: 39, column: 39, scope: !53)
!92 = !DILocation(line: 39, column: 19, scope: !53)
!93 = !DILocation(line: 40, column: 32, scope: !53)
!94 = !DILocation(line: 40, column: 37, scope: !53)
!95 = !DILocation(line: 40, column: 5, scope: !53)
!96 = !DILocalVariable(name: "f", scope: !53, file: !2, line: 41, type: !97)
!97 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FF", file: !2, line: 9, size: 64, elements: !98)
!98 = !{!99, !100}
!99 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !97, file: !2, line: 9, baseType: !46, size: 32)
!100 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !97, file: !2, line: 9, baseType: !46, size: 32, offset: 32)
!101 = !DILocation(line: 41, column: 15, scope: !53)
!102 = !DILocation(line: 41, column: 37, scope: !53)
!103 = !DILocation(line: 41, column: 64, scope: !53)
!104 = !DILocation(line: 41, column: 19, scope: !53)
!105 = !DILocation(line: 42, column: 49, scope: !53)
!106 = !DILocation(line: 42, column: 39, scope: !53)
!107 = !DILocation(line: 42, column: 62, scope: !53)
!108 = !DILocation(line: 42, column: 52, scope: !53)
!109 = !DILocation(line: 42, column: 73, scope: !53)
!110 = !DILocation(line: 42, column: 65, scope: !53)
!111 = !DILocation(line: 42, column: 5, scope: !53)
!112 = !DILocalVariable(name: "fi", scope: !53, file: !2, line: 43, type: !113)
!113 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FI", file: !2, line: 10, size: 64, elements: !114)
!114 = !{!115, !116}
!115 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !113, file: !2, line: 10, baseType: !46, size: 32)
!116 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !113, file: !2, line: 10, baseType: !47, size: 32, offset: 32)
!117 = !DILocation(line: 43, column: 15, scope: !53)
!118 = !DILocation(line: 43, column: 38, scope: !53)
!119 = !DILocation(line: 43, column: 20, scope: !53)
!120 = !DILocation(line: 44, column: 39, scope: !53)
!121 = !DILocation(line: 44, column: 28, scope: !53)
!122 = !DILocation(line: 44, column: 45, scope: !53)
!123 = !DILocation(line: 44, column: 5, scope: !53)
!124 = !DILocalVariable(name: "cs", scope: !53, file: !2, line: 45, type: !125)
!125 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "CS", file: !2, line: 11, size: 32, elements: !126)
!126 = !{!127, !128}
!127 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !125, file: !2, line: 11, baseType: !4, size: 8)
!128 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !125, file: !2, line: 11, baseType: !129, size: 16, offset: 16)
!129 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!130 = !DILocation(line: 45, column: 15, scope: !53)
!131 = !DILocation(line: 45, column: 38, scope: !53)
!132 = !DILocation(line: 45, column: 20, scope: !53)
!133 = !DILocation(line: 46, column: 29, scope: !53)
!134 = !DILocation(line: 46, column: 26, scope: !53)
!135 = !DILocation(line: 46, column: 35, scope: !53)
!136 = !DILocation(line: 46, column: 32, scope: !53)
!137 = !DILocation(line: 46, column: 5, scope: !53)
!138 = !DILocalVariable(name: "t", scope: !53, file: !2, line: 47, type: !139)
!139 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "III", file: !2, line: 12, size: 96, elements: !140)
!140 = !{!141, !142, !143}
!141 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !139, file: !2, line: 12, baseType: !47, size: 32)
!142 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !139, file: !2, line: 12, baseType: !47, size: 32, offset: 32)
!143 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !139, file: !2, line: 12, baseType: !47, size: 32, offset: 64)
!144 = !DILocation(line: 47, column: 16, scope: !53)
!145 = !DILocation(line: 47, column: 40, scope: !53)
!146 = !DILocation(line: 47, column: 20, scope: !53)
!147 = !DILocation(line: 48, column: 32, scope: !53)
!148 = !DILocation(line: 48, column: 37, scope: !53)
!149 = !DILocation(line: 48, column: 42, scope: !53)
!150 = !DILocation(line: 48, column: 5, scope: !53)
!151 = !DILocalVariable(name: "c", scope: !53, file: !2, line: 49, type: !152)
!152 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FFF", file: !2, line: 13, size: 96, elements: !153)
!153 = !{!154, !155, !156}
!154 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !152, file: !2, line: 13, baseType: !46, size: 32)
!155 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !152, file: !2, line: 13, baseType: !46, size: 32, offset: 32)
!156 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !152, file: !2, line: 13, baseType: !46, size: 32, offset: 64)
!157 = !DILocation(line: 49, column: 16, scope: !53)
!158 = !DILocation(line: 49, column: 42, scope: !53)
!159 = !DILocation(line: 49, column: 67, scope: !53)
!160 = !DILocation(line: 49, column: 20, scope: !53)
!161 = !DILocation(line: 50, column: 48, scope: !53)
!162 = !DILocation(line: 50, column: 38, scope: !53)
!163 = !DILocation(line: 50, column: 61, scope: !53)
!164 = !DILocation(line: 50, column: 51, scope: !53)
!165 = !DILocation(line: 50, column: 74, scope: !53)
!166 = !DILocation(line: 50, column: 64, scope: !53)
!167 = !DILocation(line: 50, column: 5, scope: !53)
!168 = !DILocalVariable(name: "di", scope: !53, file: !2, line: 51, type: !169)
!169 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "DI", file: !2, line: 14, size: 128, elements: !170)
!170 = !{!171, !172}
!171 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !169, file: !2, line: 14, baseType: !45, size: 64)
!172 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !169, file: !2, line: 14, baseType: !47, size: 32, offset: 64)
!173 = !DILocation(line: 51, column: 15, scope: !53)
!174 = !DILocation(line: 51, column: 20, scope: !53)
!175 = !DILocation(line: 52, column: 31, scope: !53)
!176 = !DILocation(line: 52, column: 37, scope: !53)
!177 = !DILocation(line: 52, column: 5, scope: !53)
!178 = !DILocalVariable(name: "m", scope: !53, file: !2, line: 53, type: !47)
!179 = !DILocation(line: 53, column: 9, scope: !53)
!180 = !DILocation(line: 53, column: 54, scope: !53)
!181 = !DILocation(line: 53, column: 13, scope: !53)
!182 = !DILocation(line: 54, column: 25, scope: !53)
!183 = !DILocation(line: 54, column: 5, scope: !53)
!184 = !DILocation(line: 55, column: 12, scope: !53)
!185 = !DILocation(line: 55, column: 14, scope: !53)
!186 = !DILocation(line: 55, column: 5, scope: !53)
!187 = distinct !DISubprogram(name: "ii_make", scope: !2, file: !2, line: 16, type: !188, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!188 = !DISubroutineType(types: !189)
!189 = !{!58, !47, !47}
!190 = !DILocalVariable(name: "a", arg: 1, scope: !187, file: !2, line: 16, type: !47)
!191 = !DILocation(line: 16, column: 30, scope: !187)
!192 = !DILocalVariable(name: "b", arg: 2, scope: !187, file: !2, line: 16, type: !47)
!193 = !DILocation(line: 16, column: 37, scope: !187)
!194 = !DILocalVariable(name: "r", scope: !187, file: !2, line: 16, type: !58)
!195 = !DILocation(line: 16, column: 52, scope: !187)
!196 = !DILocation(line: 16, column: 56, scope: !187)
!197 = !DILocation(line: 16, column: 58, scope: !187)
!198 = !DILocation(line: 16, column: 61, scope: !187)
!199 = !DILocation(line: 16, column: 66, scope: !187)
!200 = distinct !DISubprogram(name: "ii_swap", scope: !2, file: !2, line: 17, type: !201, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!201 = !DISubroutineType(types: !202)
!202 = !{!58, !58}
!203 = !DILocalVariable(name: "v", arg: 1, scope: !200, file: !2, line: 17, type: !58)
!204 = !DILocation(line: 17, column: 36, scope: !200)
!205 = !DILocalVariable(name: "r", scope: !200, file: !2, line: 17, type: !58)
!206 = !DILocation(line: 17, column: 51, scope: !200)
!207 = !DILocation(line: 17, column: 55, scope: !200)
!208 = !DILocation(line: 17, column: 59, scope: !200)
!209 = !DILocation(line: 17, column: 64, scope: !200)
!210 = !DILocation(line: 17, column: 69, scope: !200)
!211 = distinct !DISubprogram(name: "ll_add", scope: !2, file: !2, line: 18, type: !212, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!212 = !DISubroutineType(types: !213)
!213 = !{!73, !73, !73}
!214 = !DILocalVariable(name: "p", arg: 1, scope: !211, file: !2, line: 18, type: !73)
!215 = !DILocation(line: 18, column: 35, scope: !211)
!216 = !DILocalVariable(name: "q", arg: 2, scope: !211, file: !2, line: 18, type: !73)
!217 = !DILocation(line: 18, column: 48, scope: !211)
!218 = !DILocalVariable(name: "r", scope: !211, file: !2, line: 18, type: !73)
!219 = !DILocation(line: 18, column: 63, scope: !211)
!220 = !DILocation(line: 18, column: 67, scope: !211)
!221 = !DILocation(line: 18, column: 71, scope: !211)
!222 = !DILocation(line: 18, column: 77, scope: !211)
!223 = !DILocation(line: 18, column: 73, scope: !211)
!224 = !DILocation(line: 18, column: 82, scope: !211)
!225 = !DILocation(line: 18, column: 88, scope: !211)
!226 = !DILocation(line: 18, column: 84, scope: !211)
!227 = !DILocation(line: 18, column: 93, scope: !211)
!228 = distinct !DISubprogram(name: "dd_scale", scope: !2, file: !2, line: 19, type: !229, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!229 = !DISubroutineType(types: !230)
!230 = !{!86, !86, !45}
!231 = !DILocalVariable(name: "v", arg: 1, scope: !228, file: !2, line: 19, type: !86)
!232 = !DILocation(line: 19, column: 37, scope: !228)
!233 = !DILocalVariable(name: "k", arg: 2, scope: !228, file: !2, line: 19, type: !45)
!234 = !DILocation(line: 19, column: 47, scope: !228)
!235 = !DILocation(line: 19, column: 59, scope: !228)
!236 = !DILocation(line: 19, column: 54, scope: !228)
!237 = !DILocation(line: 19, column: 56, scope: !228)
!238 = !DILocation(line: 19, column: 69, scope: !228)
!239 = !DILocation(line: 19, column: 64, scope: !228)
!240 = !DILocation(line: 19, column: 66, scope: !228)
!241 = !DILocation(line: 19, column: 79, scope: !228)
!242 = !DILocation(line: 19, column: 72, scope: !228)
!243 = distinct !DISubprogram(name: "ff_add", scope: !2, file: !2, line: 20, type: !244, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!244 = !DISubroutineType(types: !245)
!245 = !{!97, !97, !97}
!246 = !DILocalVariable(name: "a", arg: 1, scope: !243, file: !2, line: 20, type: !97)
!247 = !DILocation(line: 20, column: 35, scope: !243)
!248 = !DILocalVariable(name: "b", arg: 2, scope: !243, file: !2, line: 20, type: !97)
!249 = !DILocation(line: 20, column: 48, scope: !243)
!250 = !DILocalVariable(name: "r", scope: !243, file: !2, line: 20, type: !97)
!251 = !DILocation(line: 20, column: 63, scope: !243)
!252 = !DILocation(line: 20, column: 67, scope: !243)
!253 = !DILocation(line: 20, column: 71, scope: !243)
!254 = !DILocation(line: 20, column: 77, scope: !243)
!255 = !DILocation(line: 20, column: 73, scope: !243)
!256 = !DILocation(line: 20, column: 82, scope: !243)
!257 = !DILocation(line: 20, column: 88, scope: !243)
!258 = !DILocation(line: 20, column: 84, scope: !243)
!259 = !DILocation(line: 20, column: 93, scope: !243)
!260 = distinct !DISubprogram(name: "ff_dot", scope: !2, file: !2, line: 21, type: !261, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!261 = !DISubroutineType(types: !262)
!262 = !{!46, !97, !97}
!263 = !DILocalVariable(name: "a", arg: 1, scope: !260, file: !2, line: 21, type: !97)
!264 = !DILocation(line: 21, column: 31, scope: !260)
!265 = !DILocalVariable(name: "b", arg: 2, scope: !260, file: !2, line: 21, type: !97)
!266 = !DILocation(line: 21, column: 44, scope: !260)
!267 = !DILocation(line: 21, column: 58, scope: !260)
!268 = !DILocation(line: 21, column: 64, scope: !260)
!269 = !DILocation(line: 21, column: 70, scope: !260)
!270 = !DILocation(line: 21, column: 76, scope: !260)
!271 = !DILocation(line: 21, column: 72, scope: !260)
!272 = !DILocation(line: 21, column: 66, scope: !260)
!273 = !DILocation(line: 21, column: 49, scope: !260)
!274 = distinct !DISubprogram(name: "fi_mix", scope: !2, file: !2, line: 22, type: !275, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!275 = !DISubroutineType(types: !276)
!276 = !{!113, !113}
!277 = !DILocalVariable(name: "v", arg: 1, scope: !274, file: !2, line: 22, type: !113)
!278 = !DILocation(line: 22, column: 35, scope: !274)
!279 = !DILocation(line: 22, column: 56, scope: !274)
!280 = !DILocation(line: 22, column: 47, scope: !274)
!281 = !DILocation(line: 22, column: 42, scope: !274)
!282 = !DILocation(line: 22, column: 44, scope: !274)
!283 = !DILocation(line: 22, column: 61, scope: !274)
!284 = !DILocation(line: 22, column: 63, scope: !274)
!285 = !DILocation(line: 22, column: 76, scope: !274)
!286 = !DILocation(line: 22, column: 69, scope: !274)
!287 = distinct !DISubprogram(name: "cs_inc", scope: !2, file: !2, line: 23, type: !288, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!288 = !DISubroutineType(types: !289)
!289 = !{!125, !125}
!290 = !DILocalVariable(name: "v", arg: 1, scope: !287, file: !2, line: 23, type: !125)
!291 = !DILocation(line: 23, column: 35, scope: !287)
!292 = !DILocation(line: 23, column: 42, scope: !287)
!293 = !DILocation(line: 23, column: 43, scope: !287)
!294 = !DILocation(line: 23, column: 49, scope: !287)
!295 = !DILocation(line: 23, column: 50, scope: !287)
!296 = !DILocation(line: 23, column: 61, scope: !287)
!297 = !DILocation(line: 23, column: 54, scope: !287)
!298 = distinct !DISubprogram(name: "iii_rot", scope: !2, file: !2, line: 24, type: !299, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!299 = !DISubroutineType(types: !300)
!300 = !{!139, !139}
!301 = !DILocalVariable(name: "v", arg: 1, scope: !298, file: !2, line: 24, type: !139)
!302 = !DILocation(line: 24, column: 38, scope: !298)
!303 = !DILocalVariable(name: "r", scope: !298, file: !2, line: 24, type: !139)
!304 = !DILocation(line: 24, column: 54, scope: !298)
!305 = !DILocation(line: 24, column: 58, scope: !298)
!306 = !DILocation(line: 24, column: 62, scope: !298)
!307 = !DILocation(line: 24, column: 67, scope: !298)
!308 = !DILocation(line: 24, column: 72, scope: !298)
!309 = !DILocation(line: 24, column: 77, scope: !298)
!310 = distinct !DISubprogram(name: "fff_cross", scope: !2, file: !2, line: 25, type: !311, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!311 = !DISubroutineType(types: !312)
!312 = !{!152, !152, !152}
!313 = !DILocalVariable(name: "a", arg: 1, scope: !310, file: !2, line: 25, type: !152)
!314 = !DILocation(line: 25, column: 40, scope: !310)
!315 = !DILocalVariable(name: "b", arg: 2, scope: !310, file: !2, line: 25, type: !152)
!316 = !DILocation(line: 25, column: 54, scope: !310)
!317 = !DILocalVariable(name: "r", scope: !310, file: !2, line: 26, type: !152)
!318 = !DILocation(line: 26, column: 16, scope: !310)
!319 = !DILocation(line: 26, column: 20, scope: !310)
!320 = !DILocation(line: 26, column: 24, scope: !310)
!321 = !DILocation(line: 26, column: 30, scope: !310)
!322 = !DILocation(line: 26, column: 36, scope: !310)
!323 = !DILocation(line: 26, column: 42, scope: !310)
!324 = !DILocation(line: 26, column: 38, scope: !310)
!325 = !DILocation(line: 26, column: 32, scope: !310)
!326 = !DILocation(line: 26, column: 47, scope: !310)
!327 = !DILocation(line: 26, column: 53, scope: !310)
!328 = !DILocation(line: 26, column: 59, scope: !310)
!329 = !DILocation(line: 26, column: 65, scope: !310)
!330 = !DILocation(line: 26, column: 61, scope: !310)
!331 = !DILocation(line: 26, column: 55, scope: !310)
!332 = !DILocation(line: 26, column: 70, scope: !310)
!333 = !DILocation(line: 26, column: 76, scope: !310)
!334 = !DILocation(line: 26, column: 82, scope: !310)
!335 = !DILocation(line: 26, column: 88, scope: !310)
!336 = !DILocation(line: 26, column: 84, scope: !310)
!337 = !DILocation(line: 26, column: 78, scope: !310)
!338 = !DILocation(line: 27, column: 5, scope: !310)
!339 = distinct !DISubprogram(name: "di_make", scope: !2, file: !2, line: 29, type: !340, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!340 = !DISubroutineType(types: !341)
!341 = !{!169, !45, !47}
!342 = !DILocalVariable(name: "d", arg: 1, scope: !339, file: !2, line: 29, type: !45)
!343 = !DILocation(line: 29, column: 33, scope: !339)
!344 = !DILocalVariable(name: "i", arg: 2, scope: !339, file: !2, line: 29, type: !47)
!345 = !DILocation(line: 29, column: 40, scope: !339)
!346 = !DILocalVariable(name: "r", scope: !339, file: !2, line: 29, type: !169)
!347 = !DILocation(line: 29, column: 55, scope: !339)
!348 = !DILocation(line: 29, column: 64, scope: !339)
!349 = !DILocation(line: 29, column: 60, scope: !339)
!350 = !DILocation(line: 29, column: 62, scope: !339)
!351 = !DILocation(line: 29, column: 73, scope: !339)
!352 = !DILocation(line: 29, column: 69, scope: !339)
!353 = !DILocation(line: 29, column: 71, scope: !339)
!354 = !DILocation(line: 29, column: 76, scope: !339)
!355 = distinct !DISubprogram(name: "many", scope: !2, file: !2, line: 30, type: !356, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !56)
!356 = !DISubroutineType(types: !357)
!357 = !{!47, !58, !73, !86, !97, !47, !45, !58, !97}
!358 = !DILocalVariable(name: "a", arg: 1, scope: !355, file: !2, line: 30, type: !58)
!359 = !DILocation(line: 30, column: 27, scope: !355)
!360 = !DILocalVariable(name: "b", arg: 2, scope: !355, file: !2, line: 30, type: !73)
!361 = !DILocation(line: 30, column: 40, scope: !355)
!362 = !DILocalVariable(name: "c", arg: 3, scope: !355, file: !2, line: 30, type: !86)
!363 = !DILocation(line: 30, column: 53, scope: !355)
!364 = !DILocalVariable(name: "d", arg: 4, scope: !355, file: !2, line: 30, type: !97)
!365 = !DILocation(line: 30, column: 66, scope: !355)
!366 = !DILocalVariable(name: "e", arg: 5, scope: !355, file: !2, line: 30, type: !47)
!367 = !DILocation(line: 30, column: 73, scope: !355)
!368 = !DILocalVariable(name: "f", arg: 6, scope: !355, file: !2, line: 30, type: !45)
!369 = !DILocation(line: 30, column: 83, scope: !355)
!370 = !DILocalVariable(name: "g", arg: 7, scope: !355, file: !2, line: 30, type: !58)
!371 = !DILocation(line: 30, column: 96, scope: !355)
!372 = !DILocalVariable(name: "h", arg: 8, scope: !355, file: !2, line: 30, type: !97)
!373 = !DILocation(line: 30, column: 109, scope: !355)
!374 = !DILocation(line: 31, column: 14, scope: !355)
!375 = !DILocation(line: 31, column: 20, scope: !355)
!376 = !DILocation(line: 31, column: 16, scope: !355)
!377 = !DILocation(line: 31, column: 31, scope: !355)
!378 = !DILocation(line: 31, column: 24, scope: !355)
!379 = !DILocation(line: 31, column: 22, scope: !355)
!380 = !DILocation(line: 31, column: 42, scope: !355)
!381 = !DILocation(line: 31, column: 35, scope: !355)
!382 = !DILocation(line: 31, column: 33, scope: !355)
!383 = !DILocation(line: 31, column: 53, scope: !355)
!384 = !DILocation(line: 31, column: 46, scope: !355)
!385 = !DILocation(line: 31, column: 44, scope: !355)
!386 = !DILocation(line: 31, column: 64, scope: !355)
!387 = !DILocation(line: 31, column: 57, scope: !355)
!388 = !DILocation(line: 31, column: 55, scope: !355)
!389 = !DILocation(line: 31, column: 75, scope: !355)
!390 = !DILocation(line: 31, column: 68, scope: !355)
!391 = !DILocation(line: 31, column: 66, scope: !355)
!392 = !DILocation(line: 31, column: 86, scope: !355)
!393 = !DILocation(line: 31, column: 79, scope: !355)
!394 = !DILocation(line: 31, column: 77, scope: !355)
!395 = !DILocation(line: 31, column: 90, scope: !355)
!396 = !DILocation(line: 31, column: 88, scope: !355)
!397 = !DILocation(line: 31, column: 99, scope: !355)
!398 = !DILocation(line: 31, column: 94, scope: !355)
!399 = !DILocation(line: 31, column: 92, scope: !355)
!400 = !DILocation(line: 31, column: 105, scope: !355)
!401 = !DILocation(line: 31, column: 101, scope: !355)
!402 = !DILocation(line: 31, column: 111, scope: !355)
!403 = !DILocation(line: 31, column: 107, scope: !355)
!404 = !DILocation(line: 31, column: 123, scope: !355)
!405 = !DILocation(line: 31, column: 129, scope: !355)
!406 = !DILocation(line: 31, column: 125, scope: !355)
!407 = !DILocation(line: 31, column: 115, scope: !355)
!408 = !DILocation(line: 31, column: 113, scope: !355)
!409 = !DILocation(line: 31, column: 5, scope: !355)
