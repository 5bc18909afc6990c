; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !57 {
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
  %16 = alloca i64, align 8
  %17 = alloca %struct.III, align 4
  %18 = alloca %struct.III, align 4
  %19 = alloca [2 x i64], align 8
  %20 = alloca [2 x i64], align 8
  %21 = alloca %struct.FFF, align 4
  %22 = alloca %struct.FFF, align 4
  %23 = alloca %struct.FFF, align 4
  %24 = alloca %struct.DI, align 8
  %25 = alloca i32, align 4
  %26 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !61, !DIExpression(), !66)
  %27 = call i64 @ii_make(i32 noundef 3, i32 noundef -4), !dbg !67
  store i64 %27, ptr %2, align 4, !dbg !67
    #dbg_declare(ptr %3, !68, !DIExpression(), !69)
  %28 = load i64, ptr %2, align 4, !dbg !70
  %29 = call i64 @ii_swap(i64 %28), !dbg !70
  store i64 %29, ptr %3, align 4, !dbg !70
  %30 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0, !dbg !71
  %31 = load i32, ptr %30, align 4, !dbg !71
  %32 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1, !dbg !72
  %33 = load i32, ptr %32, align 4, !dbg !72
  %34 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0, !dbg !73
  %35 = load i32, ptr %34, align 4, !dbg !73
  %36 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1, !dbg !74
  %37 = load i32, ptr %36, align 4, !dbg !74
  %38 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %31, i32 noundef %33, i32 noundef %35, i32 noundef %37), !dbg !75
    #dbg_declare(ptr %4, !76, !DIExpression(), !82)
  %39 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0, !dbg !83
  store i64 10000000000, ptr %39, align 8, !dbg !83
  %40 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1, !dbg !83
  store i64 -1, ptr %40, align 8, !dbg !83
  %41 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0, !dbg !84
  store i64 5, ptr %41, align 8, !dbg !84
  %42 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1, !dbg !84
  store i64 20000000000, ptr %42, align 8, !dbg !84
  %43 = load [2 x i64], ptr %5, align 8, !dbg !85
  %44 = load [2 x i64], ptr %6, align 8, !dbg !85
  %45 = call [2 x i64] @ll_add([2 x i64] %43, [2 x i64] %44), !dbg !85
  store [2 x i64] %45, ptr %4, align 8, !dbg !85
  %46 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0, !dbg !86
  %47 = load i64, ptr %46, align 8, !dbg !86
  %48 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1, !dbg !87
  %49 = load i64, ptr %48, align 8, !dbg !87
  %50 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %47, i64 noundef %49), !dbg !88
    #dbg_declare(ptr %7, !89, !DIExpression(), !94)
  %51 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0, !dbg !95
  store double 1.500000e+00, ptr %51, align 8, !dbg !95
  %52 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1, !dbg !95
  store double -2.250000e+00, ptr %52, align 8, !dbg !95
  %53 = load [2 x double], ptr %8, align 8, !dbg !96
  %54 = call %struct.DD @dd_scale([2 x double] alignstack(8) %53, double noundef 4.000000e+00), !dbg !96
  %55 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0, !dbg !96
  %56 = extractvalue %struct.DD %54, 0, !dbg !96
  store double %56, ptr %55, align 8, !dbg !96
  %57 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1, !dbg !96
  %58 = extractvalue %struct.DD %54, 1, !dbg !96
  store double %58, ptr %57, align 8, !dbg !96
  %59 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0, !dbg !97
  %60 = load double, ptr %59, align 8, !dbg !97
  %61 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1, !dbg !98
  %62 = load double, ptr %61, align 8, !dbg !98
  %63 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %60, double noundef %62), !dbg !99
    #dbg_declare(ptr %9, !100, !DIExpression(), !105)
  %64 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0, !dbg !106
  store float 1.000000e+00, ptr %64, align 4, !dbg !106
  %65 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1, !dbg !106
  store float 2.000000e+00, ptr %65, align 4, !dbg !106
  %66 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0, !dbg !107
  store float 5.000000e-01, ptr %66, align 4, !dbg !107
  %67 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1, !dbg !107
  store float 2.500000e-01, ptr %67, align 4, !dbg !107
  %68 = load [2 x float], ptr %10, align 4, !dbg !108
  %69 = load [2 x float], ptr %11, align 4, !dbg !108
  %70 = call %struct.FF @ff_add([2 x float] alignstack(8) %68, [2 x float] alignstack(8) %69), !dbg !108
  %71 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0, !dbg !108
  %72 = extractvalue %struct.FF %70, 0, !dbg !108
  store float %72, ptr %71, align 4, !dbg !108
  %73 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1, !dbg !108
  %74 = extractvalue %struct.FF %70, 1, !dbg !108
  store float %74, ptr %73, align 4, !dbg !108
  %75 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0, !dbg !109
  %76 = load float, ptr %75, align 4, !dbg !109
  %77 = fpext float %76 to double, !dbg !110
  %78 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1, !dbg !111
  %79 = load float, ptr %78, align 4, !dbg !111
  %80 = fpext float %79 to double, !dbg !112
  %81 = load [2 x float], ptr %9, align 4, !dbg !113
  %82 = load [2 x float], ptr %9, align 4, !dbg !113
  %83 = call float @ff_dot([2 x float] alignstack(8) %81, [2 x float] alignstack(8) %82), !dbg !113
  %84 = fpext float %83 to double, !dbg !114
  %85 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %77, double noundef %80, double noundef %84), !dbg !115
    #dbg_declare(ptr %12, !116, !DIExpression(), !121)
  %86 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0, !dbg !122
  store float 5.000000e-01, ptr %86, align 4, !dbg !122
  %87 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1, !dbg !122
  store i32 7, ptr %87, align 4, !dbg !122
  %88 = load i64, ptr %13, align 4, !dbg !123
  %89 = call i64 @fi_mix(i64 %88), !dbg !123
  store i64 %89, ptr %12, align 4, !dbg !123
  %90 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0, !dbg !124
  %91 = load float, ptr %90, align 4, !dbg !124
  %92 = fpext float %91 to double, !dbg !125
  %93 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1, !dbg !126
  %94 = load i32, ptr %93, align 4, !dbg !126
  %95 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %92, i32 noundef %94), !dbg !127
    #dbg_declare(ptr %14, !128, !DIExpression(), !134)
  %96 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0, !dbg !135
  store i8 65, ptr %96, align 2, !dbg !135
  %97 = getelementptr i8, ptr %15, i64 1, !dbg !135
  call void @llvm.memset.p0.i64(ptr align 1 %97, i8 0, i64 1, i1 false), !dbg !135
  %98 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1, !dbg !135
  store i16 -300, ptr %98, align 2, !dbg !135
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %16, ptr align 2 %15, i64 4, i1 false), !dbg !136
  %99 = load i64, ptr %16, align 8, !dbg !136
  %100 = call i32 @cs_inc(i64 %99), !dbg !136
  store i32 %100, ptr %14, align 2, !dbg !136
  %101 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0, !dbg !137
  %102 = load i8, ptr %101, align 2, !dbg !137
  %103 = zext i8 %102 to i32, !dbg !138
  %104 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1, !dbg !139
  %105 = load i16, ptr %104, align 2, !dbg !139
  %106 = sext i16 %105 to i32, !dbg !140
  %107 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %103, i32 noundef %106), !dbg !141
    #dbg_declare(ptr %17, !142, !DIExpression(), !148)
  %108 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 0, !dbg !149
  store i32 1, ptr %108, align 4, !dbg !149
  %109 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 1, !dbg !149
  store i32 2, ptr %109, align 4, !dbg !149
  %110 = getelementptr inbounds nuw %struct.III, ptr %18, i32 0, i32 2, !dbg !149
  store i32 3, ptr %110, align 4, !dbg !149
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %19, ptr align 4 %18, i64 12, i1 false), !dbg !150
  %111 = load [2 x i64], ptr %19, align 8, !dbg !150
  %112 = call [2 x i64] @iii_rot([2 x i64] %111), !dbg !150
  store [2 x i64] %112, ptr %20, align 8, !dbg !150
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %17, ptr align 8 %20, i64 12, i1 false), !dbg !150
  %113 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0, !dbg !151
  %114 = load i32, ptr %113, align 4, !dbg !151
  %115 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1, !dbg !152
  %116 = load i32, ptr %115, align 4, !dbg !152
  %117 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2, !dbg !153
  %118 = load i32, ptr %117, align 4, !dbg !153
  %119 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %114, i32 noundef %116, i32 noundef %118), !dbg !154
    #dbg_declare(ptr %21, !155, !DIExpression(), !161)
  %120 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 0, !dbg !162
  store float 1.000000e+00, ptr %120, align 4, !dbg !162
  %121 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 1, !dbg !162
  store float 0.000000e+00, ptr %121, align 4, !dbg !162
  %122 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 2, !dbg !162
  store float 0.000000e+00, ptr %122, align 4, !dbg !162
  %123 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 0, !dbg !163
  store float 0.000000e+00, ptr %123, align 4, !dbg !163
  %124 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 1, !dbg !163
  store float 1.000000e+00, ptr %124, align 4, !dbg !163
  %125 = getelementptr inbounds nuw %struct.FFF, ptr %23, i32 0, i32 2, !dbg !163
  store float 0.000000e+00, ptr %125, align 4, !dbg !163
  %126 = load [3 x float], ptr %22, align 4, !dbg !164
  %127 = load [3 x float], ptr %23, align 4, !dbg !164
  %128 = call %struct.FFF @fff_cross([3 x float] alignstack(8) %126, [3 x float] alignstack(8) %127), !dbg !164
  %129 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0, !dbg !164
  %130 = extractvalue %struct.FFF %128, 0, !dbg !164
  store float %130, ptr %129, align 4, !dbg !164
  %131 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1, !dbg !164
  %132 = extractvalue %struct.FFF %128, 1, !dbg !164
  store float %132, ptr %131, align 4, !dbg !164
  %133 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2, !dbg !164
  %134 = extractvalue %struct.FFF %128, 2, !dbg !164
  store float %134, ptr %133, align 4, !dbg !164
  %135 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0, !dbg !165
  %136 = load float, ptr %135, align 4, !dbg !165
  %137 = fpext float %136 to double, !dbg !166
  %138 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1, !dbg !167
  %139 = load float, ptr %138, align 4, !dbg !167
  %140 = fpext float %139 to double, !dbg !168
  %141 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2, !dbg !169
  %142 = load float, ptr %141, align 4, !dbg !169
  %143 = fpext float %142 to double, !dbg !170
  %144 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %137, double noundef %140, double noundef %143), !dbg !171
    #dbg_declare(ptr %24, !172, !DIExpression(), !177)
  %145 = call [2 x i64] @di_make(double noundef 2.750000e+00, i32 noundef -9), !dbg !178
  store [2 x i64] %145, ptr %24, align 8, !dbg !178
  %146 = getelementptr inbounds nuw %struct.DI, ptr %24, i32 0, i32 0, !dbg !179
  %147 = load double, ptr %146, align 8, !dbg !179
  %148 = getelementptr inbounds nuw %struct.DI, ptr %24, i32 0, i32 1, !dbg !180
  %149 = load i32, ptr %148, align 8, !dbg !180
  %150 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %147, i32 noundef %149), !dbg !181
    #dbg_declare(ptr %25, !182, !DIExpression(), !183)
  %151 = getelementptr inbounds nuw %struct.FF, ptr %26, i32 0, i32 0, !dbg !184
  store float 2.000000e+00, ptr %151, align 4, !dbg !184
  %152 = getelementptr inbounds nuw %struct.FF, ptr %26, i32 0, i32 1, !dbg !184
  store float 3.000000e+00, ptr %152, align 4, !dbg !184
  %153 = load i64, ptr %2, align 4, !dbg !185
  %154 = load [2 x i64], ptr %4, align 8, !dbg !185
  %155 = load [2 x double], ptr %7, align 8, !dbg !185
  %156 = load [2 x float], ptr %9, align 4, !dbg !185
  %157 = load i64, ptr %3, align 4, !dbg !185
  %158 = load [2 x float], ptr %26, align 4, !dbg !185
  %159 = call i32 @many(i64 %153, [2 x i64] %154, [2 x double] alignstack(8) %155, [2 x float] alignstack(8) %156, i32 noundef 100, double noundef 5.000000e-01, i64 %157, [2 x float] alignstack(8) %158), !dbg !185
  store i32 %159, ptr %25, align 4, !dbg !183
  %160 = load i32, ptr %25, align 4, !dbg !186
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %160), !dbg !187
  %162 = load i32, ptr %25, align 4, !dbg !188
  %163 = and i32 %162, 63, !dbg !189
  ret i32 %163, !dbg !190
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_make(i32 noundef %0, i32 noundef %1) #0 !dbg !191 {
  %3 = alloca %struct.II, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
    #dbg_declare(ptr %4, !194, !DIExpression(), !195)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !196, !DIExpression(), !197)
    #dbg_declare(ptr %3, !198, !DIExpression(), !199)
  %6 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0, !dbg !200
  %7 = load i32, ptr %4, align 4, !dbg !201
  store i32 %7, ptr %6, align 4, !dbg !200
  %8 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1, !dbg !200
  %9 = load i32, ptr %5, align 4, !dbg !202
  store i32 %9, ptr %8, align 4, !dbg !200
  %10 = load i64, ptr %3, align 4, !dbg !203
  ret i64 %10, !dbg !203
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_swap(i64 %0) #0 !dbg !204 {
  %2 = alloca %struct.II, align 4
  %3 = alloca %struct.II, align 4
  store i64 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !207, !DIExpression(), !208)
    #dbg_declare(ptr %2, !209, !DIExpression(), !210)
  %4 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0, !dbg !211
  %5 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1, !dbg !212
  %6 = load i32, ptr %5, align 4, !dbg !212
  store i32 %6, ptr %4, align 4, !dbg !211
  %7 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1, !dbg !211
  %8 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0, !dbg !213
  %9 = load i32, ptr %8, align 4, !dbg !213
  store i32 %9, ptr %7, align 4, !dbg !211
  %10 = load i64, ptr %2, align 4, !dbg !214
  ret i64 %10, !dbg !214
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @ll_add([2 x i64] %0, [2 x i64] %1) #0 !dbg !215 {
  %3 = alloca %struct.LL, align 8
  %4 = alloca %struct.LL, align 8
  %5 = alloca %struct.LL, align 8
  store [2 x i64] %0, ptr %4, align 8
  store [2 x i64] %1, ptr %5, align 8
    #dbg_declare(ptr %4, !218, !DIExpression(), !219)
    #dbg_declare(ptr %5, !220, !DIExpression(), !221)
    #dbg_declare(ptr %3, !222, !DIExpression(), !223)
  %6 = getelementptr inbounds nuw %struct.LL, ptr %3, i32 0, i32 0, !dbg !224
  %7 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0, !dbg !225
  %8 = load i64, ptr %7, align 8, !dbg !225
  %9 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0, !dbg !226
  %10 = load i64, ptr %9, align 8, !dbg !226
  %11 = add nsw i64 %8, %10, !dbg !227
  store i64 %11, ptr %6, align 8, !dbg !224
  %12 = getelementptr inbounds nuw %struct.LL, ptr %3, i32 0, i32 1, !dbg !224
  %13 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1, !dbg !228
  %14 = load i64, ptr %13, align 8, !dbg !228
  %15 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1, !dbg !229
  %16 = load i64, ptr %15, align 8, !dbg !229
  %17 = add nsw i64 %14, %16, !dbg !230
  store i64 %17, ptr %12, align 8, !dbg !224
  %18 = load [2 x i64], ptr %3, align 8, !dbg !231
  ret [2 x i64] %18, !dbg !231
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.DD @dd_scale([2 x double] alignstack(8) %0, double noundef %1) #0 !dbg !232 {
  %3 = alloca %struct.DD, align 8
  %4 = alloca %struct.DD, align 8
  %5 = alloca double, align 8
  store [2 x double] %0, ptr %4, align 8
    #dbg_declare(ptr %4, !235, !DIExpression(), !236)
  store double %1, ptr %5, align 8
    #dbg_declare(ptr %5, !237, !DIExpression(), !238)
  %6 = load double, ptr %5, align 8, !dbg !239
  %7 = getelementptr inbounds nuw %struct.DD, ptr %4, i32 0, i32 0, !dbg !240
  %8 = load double, ptr %7, align 8, !dbg !241
  %9 = fmul double %8, %6, !dbg !241
  store double %9, ptr %7, align 8, !dbg !241
  %10 = load double, ptr %5, align 8, !dbg !242
  %11 = getelementptr inbounds nuw %struct.DD, ptr %4, i32 0, i32 1, !dbg !243
  %12 = load double, ptr %11, align 8, !dbg !244
  %13 = fmul double %12, %10, !dbg !244
  store double %13, ptr %11, align 8, !dbg !244
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 %4, i64 16, i1 false), !dbg !245
  %14 = load %struct.DD, ptr %3, align 8, !dbg !246
  ret %struct.DD %14, !dbg !246
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.FF @ff_add([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) #0 !dbg !247 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  %5 = alloca %struct.FF, align 4
  store [2 x float] %0, ptr %4, align 4
  store [2 x float] %1, ptr %5, align 4
    #dbg_declare(ptr %4, !250, !DIExpression(), !251)
    #dbg_declare(ptr %5, !252, !DIExpression(), !253)
    #dbg_declare(ptr %3, !254, !DIExpression(), !255)
  %6 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0, !dbg !256
  %7 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 0, !dbg !257
  %8 = load float, ptr %7, align 4, !dbg !257
  %9 = getelementptr inbounds nuw %struct.FF, ptr %5, i32 0, i32 0, !dbg !258
  %10 = load float, ptr %9, align 4, !dbg !258
  %11 = fadd float %8, %10, !dbg !259
  store float %11, ptr %6, align 4, !dbg !256
  %12 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1, !dbg !256
  %13 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 1, !dbg !260
  %14 = load float, ptr %13, align 4, !dbg !260
  %15 = getelementptr inbounds nuw %struct.FF, ptr %5, i32 0, i32 1, !dbg !261
  %16 = load float, ptr %15, align 4, !dbg !261
  %17 = fadd float %14, %16, !dbg !262
  store float %17, ptr %12, align 4, !dbg !256
  %18 = load %struct.FF, ptr %3, align 4, !dbg !263
  ret %struct.FF %18, !dbg !263
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @ff_dot([2 x float] alignstack(8) %0, [2 x float] alignstack(8) %1) #0 !dbg !264 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  store [2 x float] %0, ptr %3, align 4
  store [2 x float] %1, ptr %4, align 4
    #dbg_declare(ptr %3, !267, !DIExpression(), !268)
    #dbg_declare(ptr %4, !269, !DIExpression(), !270)
  %5 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 0, !dbg !271
  %6 = load float, ptr %5, align 4, !dbg !271
  %7 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 0, !dbg !272
  %8 = load float, ptr %7, align 4, !dbg !272
  %9 = getelementptr inbounds nuw %struct.FF, ptr %3, i32 0, i32 1, !dbg !273
  %10 = load float, ptr %9, align 4, !dbg !273
  %11 = getelementptr inbounds nuw %struct.FF, ptr %4, i32 0, i32 1, !dbg !274
  %12 = load float, ptr %11, align 4, !dbg !274
  %13 = fmul float %10, %12, !dbg !275
  %14 = call float @llvm.fmuladd.f32(float %6, float %8, float %13), !dbg !276
  ret float %14, !dbg !277
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @fi_mix(i64 %0) #0 !dbg !278 {
  %2 = alloca %struct.FI, align 4
  %3 = alloca %struct.FI, align 4
  store i64 %0, ptr %3, align 4
    #dbg_declare(ptr %3, !281, !DIExpression(), !282)
  %4 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 1, !dbg !283
  %5 = load i32, ptr %4, align 4, !dbg !283
  %6 = sitofp i32 %5 to float, !dbg !284
  %7 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 0, !dbg !285
  %8 = load float, ptr %7, align 4, !dbg !286
  %9 = fadd float %8, %6, !dbg !286
  store float %9, ptr %7, align 4, !dbg !286
  %10 = getelementptr inbounds nuw %struct.FI, ptr %3, i32 0, i32 1, !dbg !287
  %11 = load i32, ptr %10, align 4, !dbg !288
  %12 = mul nsw i32 %11, 2, !dbg !288
  store i32 %12, ptr %10, align 4, !dbg !288
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %2, ptr align 4 %3, i64 8, i1 false), !dbg !289
  %13 = load i64, ptr %2, align 4, !dbg !290
  ret i64 %13, !dbg !290
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @cs_inc(i64 %0) #0 !dbg !291 {
  %2 = alloca %struct.CS, align 2
  %3 = alloca %struct.CS, align 2
  %4 = trunc i64 %0 to i32
  store i32 %4, ptr %3, align 2
    #dbg_declare(ptr %3, !294, !DIExpression(), !295)
  %5 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 0, !dbg !296
  %6 = load i8, ptr %5, align 2, !dbg !297
  %7 = add i8 %6, 1, !dbg !297
  store i8 %7, ptr %5, align 2, !dbg !297
  %8 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 1, !dbg !298
  %9 = load i16, ptr %8, align 2, !dbg !299
  %10 = add i16 %9, -1, !dbg !299
  store i16 %10, ptr %8, align 2, !dbg !299
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %2, ptr align 2 %3, i64 4, i1 false), !dbg !300
  %11 = load i32, ptr %2, align 2, !dbg !301
  ret i32 %11, !dbg !301
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @iii_rot([2 x i64] %0) #0 !dbg !302 {
  %2 = alloca %struct.III, align 4
  %3 = alloca %struct.III, align 4
  %4 = alloca [2 x i64], align 8
  %5 = alloca [2 x i64], align 8
  store [2 x i64] %0, ptr %4, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %3, ptr align 8 %4, i64 12, i1 false)
    #dbg_declare(ptr %3, !305, !DIExpression(), !306)
    #dbg_declare(ptr %2, !307, !DIExpression(), !308)
  %6 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 0, !dbg !309
  %7 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 1, !dbg !310
  %8 = load i32, ptr %7, align 4, !dbg !310
  store i32 %8, ptr %6, align 4, !dbg !309
  %9 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 1, !dbg !309
  %10 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 2, !dbg !311
  %11 = load i32, ptr %10, align 4, !dbg !311
  store i32 %11, ptr %9, align 4, !dbg !309
  %12 = getelementptr inbounds nuw %struct.III, ptr %2, i32 0, i32 2, !dbg !309
  %13 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 0, !dbg !312
  %14 = load i32, ptr %13, align 4, !dbg !312
  store i32 %14, ptr %12, align 4, !dbg !309
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 4 %2, i64 12, i1 false), !dbg !313
  %15 = load [2 x i64], ptr %5, align 8, !dbg !313
  ret [2 x i64] %15, !dbg !313
}

; Function Attrs: noinline nounwind optnone uwtable
define internal %struct.FFF @fff_cross([3 x float] alignstack(8) %0, [3 x float] alignstack(8) %1) #0 !dbg !314 {
  %3 = alloca %struct.FFF, align 4
  %4 = alloca %struct.FFF, align 4
  %5 = alloca %struct.FFF, align 4
  store [3 x float] %0, ptr %4, align 4
  store [3 x float] %1, ptr %5, align 4
    #dbg_declare(ptr %4, !317, !DIExpression(), !318)
    #dbg_declare(ptr %5, !319, !DIExpression(), !320)
    #dbg_declare(ptr %3, !321, !DIExpression(), !322)
  %6 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 0, !dbg !323
  %7 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 1, !dbg !324
  %8 = load float, ptr %7, align 4, !dbg !324
  %9 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2, !dbg !325
  %10 = load float, ptr %9, align 4, !dbg !325
  %11 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 2, !dbg !326
  %12 = load float, ptr %11, align 4, !dbg !326
  %13 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1, !dbg !327
  %14 = load float, ptr %13, align 4, !dbg !327
  %15 = fmul float %12, %14, !dbg !328
  %16 = fneg float %15, !dbg !329
  %17 = call float @llvm.fmuladd.f32(float %8, float %10, float %16), !dbg !329
  store float %17, ptr %6, align 4, !dbg !323
  %18 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 1, !dbg !323
  %19 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 2, !dbg !330
  %20 = load float, ptr %19, align 4, !dbg !330
  %21 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0, !dbg !331
  %22 = load float, ptr %21, align 4, !dbg !331
  %23 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 0, !dbg !332
  %24 = load float, ptr %23, align 4, !dbg !332
  %25 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2, !dbg !333
  %26 = load float, ptr %25, align 4, !dbg !333
  %27 = fmul float %24, %26, !dbg !334
  %28 = fneg float %27, !dbg !335
  %29 = call float @llvm.fmuladd.f32(float %20, float %22, float %28), !dbg !335
  store float %29, ptr %18, align 4, !dbg !323
  %30 = getelementptr inbounds nuw %struct.FFF, ptr %3, i32 0, i32 2, !dbg !323
  %31 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 0, !dbg !336
  %32 = load float, ptr %31, align 4, !dbg !336
  %33 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1, !dbg !337
  %34 = load float, ptr %33, align 4, !dbg !337
  %35 = getelementptr inbounds nuw %struct.FFF, ptr %4, i32 0, i32 1, !dbg !338
  %36 = load float, ptr %35, align 4, !dbg !338
  %37 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0, !dbg !339
  %38 = load float, ptr %37, align 4, !dbg !339
  %39 = fmul float %36, %38, !dbg !340
  %40 = fneg float %39, !dbg !341
  %41 = call float @llvm.fmuladd.f32(float %32, float %34, float %40), !dbg !341
  store float %41, ptr %30, align 4, !dbg !323
  %42 = load %struct.FFF, ptr %3, align 4, !dbg !342
  ret %struct.FFF %42, !dbg !342
}

; Function Attrs: noinline nounwind optnone uwtable
define internal [2 x i64] @di_make(double noundef %0, i32 noundef %1) #0 !dbg !343 {
  %3 = alloca %struct.DI, align 8
  %4 = alloca double, align 8
  %5 = alloca i32, align 4
  store double %0, ptr %4, align 8
    #dbg_declare(ptr %4, !346, !DIExpression(), !347)
  store i32 %1, ptr %5, align 4
    #dbg_declare(ptr %5, !348, !DIExpression(), !349)
    #dbg_declare(ptr %3, !350, !DIExpression(), !351)
  %6 = load double, ptr %4, align 8, !dbg !352
  %7 = getelementptr inbounds nuw %struct.DI, ptr %3, i32 0, i32 0, !dbg !353
  store double %6, ptr %7, align 8, !dbg !354
  %8 = load i32, ptr %5, align 4, !dbg !355
  %9 = getelementptr inbounds nuw %struct.DI, ptr %3, i32 0, i32 1, !dbg !356
  store i32 %8, ptr %9, align 8, !dbg !357
  %10 = load [2 x i64], ptr %3, align 8, !dbg !358
  ret [2 x i64] %10, !dbg !358
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @many(i64 %0, [2 x i64] %1, [2 x double] alignstack(8) %2, [2 x float] alignstack(8) %3, i32 noundef %4, double noundef %5, i64 %6, [2 x float] alignstack(8) %7) #0 !dbg !359 {
  %9 = alloca %struct.II, align 4
  %10 = alloca %struct.LL, align 8
  %11 = alloca %struct.DD, align 8
  %12 = alloca %struct.FF, align 4
  %13 = alloca %struct.II, align 4
  %14 = alloca %struct.FF, align 4
  %15 = alloca i32, align 4
  %16 = alloca double, align 8
  store i64 %0, ptr %9, align 4
  store [2 x i64] %1, ptr %10, align 8
  store [2 x double] %2, ptr %11, align 8
  store [2 x float] %3, ptr %12, align 4
  store i64 %6, ptr %13, align 4
  store [2 x float] %7, ptr %14, align 4
    #dbg_declare(ptr %9, !362, !DIExpression(), !363)
    #dbg_declare(ptr %10, !364, !DIExpression(), !365)
    #dbg_declare(ptr %11, !366, !DIExpression(), !367)
    #dbg_declare(ptr %12, !368, !DIExpression(), !369)
  store i32 %4, ptr %15, align 4
    #dbg_declare(ptr %15, !370, !DIExpression(), !371)
  store double %5, ptr %16, align 8
    #dbg_declare(ptr %16, !372, !DIExpression(), !373)
    #dbg_declare(ptr %13, !374, !DIExpression(), !375)
    #dbg_declare(ptr %14, !376, !DIExpression(), !377)
  %17 = getelementptr inbounds nuw %struct.II, ptr %9, i32 0, i32 0, !dbg !378
  %18 = load i32, ptr %17, align 4, !dbg !378
  %19 = getelementptr inbounds nuw %struct.II, ptr %9, i32 0, i32 1, !dbg !379
  %20 = load i32, ptr %19, align 4, !dbg !379
  %21 = add nsw i32 %18, %20, !dbg !380
  %22 = getelementptr inbounds nuw %struct.LL, ptr %10, i32 0, i32 0, !dbg !381
  %23 = load i64, ptr %22, align 8, !dbg !381
  %24 = trunc i64 %23 to i32, !dbg !382
  %25 = add nsw i32 %21, %24, !dbg !383
  %26 = getelementptr inbounds nuw %struct.LL, ptr %10, i32 0, i32 1, !dbg !384
  %27 = load i64, ptr %26, align 8, !dbg !384
  %28 = trunc i64 %27 to i32, !dbg !385
  %29 = add nsw i32 %25, %28, !dbg !386
  %30 = getelementptr inbounds nuw %struct.DD, ptr %11, i32 0, i32 0, !dbg !387
  %31 = load double, ptr %30, align 8, !dbg !387
  %32 = fptosi double %31 to i32, !dbg !388
  %33 = add nsw i32 %29, %32, !dbg !389
  %34 = getelementptr inbounds nuw %struct.DD, ptr %11, i32 0, i32 1, !dbg !390
  %35 = load double, ptr %34, align 8, !dbg !390
  %36 = fptosi double %35 to i32, !dbg !391
  %37 = add nsw i32 %33, %36, !dbg !392
  %38 = getelementptr inbounds nuw %struct.FF, ptr %12, i32 0, i32 0, !dbg !393
  %39 = load float, ptr %38, align 4, !dbg !393
  %40 = fptosi float %39 to i32, !dbg !394
  %41 = add nsw i32 %37, %40, !dbg !395
  %42 = getelementptr inbounds nuw %struct.FF, ptr %12, i32 0, i32 1, !dbg !396
  %43 = load float, ptr %42, align 4, !dbg !396
  %44 = fptosi float %43 to i32, !dbg !397
  %45 = add nsw i32 %41, %44, !dbg !398
  %46 = load i32, ptr %15, align 4, !dbg !399
  %47 = add nsw i32 %45, %46, !dbg !400
  %48 = load double, ptr %16, align 8, !dbg !401
  %49 = fptosi double %48 to i32, !dbg !402
  %50 = add nsw i32 %47, %49, !dbg !403
  %51 = getelementptr inbounds nuw %struct.II, ptr %13, i32 0, i32 0, !dbg !404
  %52 = load i32, ptr %51, align 4, !dbg !404
  %53 = add nsw i32 %50, %52, !dbg !405
  %54 = getelementptr inbounds nuw %struct.II, ptr %13, i32 0, i32 1, !dbg !406
  %55 = load i32, ptr %54, align 4, !dbg !406
  %56 = sub nsw i32 %53, %55, !dbg !407
  %57 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 0, !dbg !408
  %58 = load float, ptr %57, align 4, !dbg !408
  %59 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 1, !dbg !409
  %60 = load float, ptr %59, align 4, !dbg !409
  %61 = fmul float %58, %60, !dbg !410
  %62 = fptosi float %61 to i32, !dbg !411
  %63 = add nsw i32 %56, %62, !dbg !412
  ret i32 %63, !dbg !413
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!43}
!llvm.module.flags = !{!49, !50, !51, !52, !53, !54, !55}
!llvm.ident = !{!56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "struct_small.c", directory: ".", checksumkind: CSK_MD5, checksum: "67b53d5b7b6dfd8a4423454c7c6c8f92")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 152, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_unsigned_char)
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
!49 = !{i32 7, !"Dwarf Version", i32 5}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{i32 8, !"PIC Level", i32 2}
!53 = !{i32 7, !"PIE Level", i32 2}
!54 = !{i32 7, !"uwtable", i32 2}
!55 = !{i32 7, !"frame-pointer", i32 1}
!56 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
!57 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 34, type: !58, scopeLine: 34, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !43, retainedNodes: !60)
!58 = !DISubroutineType(types: !59)
!59 = !{!47}
!60 = !{}
!61 = !DILocalVariable(name: "a", scope: !57, file: !2, line: 35, type: !62)
!62 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "II", file: !2, line: 6, size: 64, elements: !63)
!63 = !{!64, !65}
!64 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !62, file: !2, line: 6, baseType: !47, size: 32)
!65 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !62, file: !2, line: 6, baseType: !47, size: 32, offset: 32)
!66 = !DILocation(line: 35, column: 15, scope: !57)
!67 = !DILocation(line: 35, column: 19, scope: !57)
!68 = !DILocalVariable(name: "s", scope: !57, file: !2, line: 35, type: !62)
!69 = !DILocation(line: 35, column: 35, scope: !57)
!70 = !DILocation(line: 35, column: 39, scope: !57)
!71 = !DILocation(line: 36, column: 37, scope: !57)
!72 = !DILocation(line: 36, column: 42, scope: !57)
!73 = !DILocation(line: 36, column: 47, scope: !57)
!74 = !DILocation(line: 36, column: 52, scope: !57)
!75 = !DILocation(line: 36, column: 5, scope: !57)
!76 = !DILocalVariable(name: "l", scope: !57, file: !2, line: 37, type: !77)
!77 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "LL", file: !2, line: 7, size: 128, elements: !78)
!78 = !{!79, !81}
!79 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !77, file: !2, line: 7, baseType: !80, size: 64)
!80 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!81 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !77, file: !2, line: 7, baseType: !80, size: 64, offset: 64)
!82 = !DILocation(line: 37, column: 15, scope: !57)
!83 = !DILocation(line: 37, column: 37, scope: !57)
!84 = !DILocation(line: 37, column: 71, scope: !57)
!85 = !DILocation(line: 37, column: 19, scope: !57)
!86 = !DILocation(line: 38, column: 32, scope: !57)
!87 = !DILocation(line: 38, column: 37, scope: !57)
!88 = !DILocation(line: 38, column: 5, scope: !57)
!89 = !DILocalVariable(name: "d", scope: !57, file: !2, line: 39, type: !90)
!90 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "DD", file: !2, line: 8, size: 128, elements: !91)
!91 = !{!92, !93}
!92 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !90, file: !2, line: 8, baseType: !45, size: 64)
!93 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !90, file: !2, line: 8, baseType: !45, size: 64, offset: 64)
!94 = !DILocation(line: 39, column: 15, scope: !57)
!95 = !DILocation(line: 39, column: 39, scope: !57)
!96 = !DILocation(line: 39, column: 19, scope: !57)
!97 = !DILocation(line: 40, column: 32, scope: !57)
!98 = !DILocation(line: 40, column: 37, scope: !57)
!99 = !DILocation(line: 40, column: 5, scope: !57)
!100 = !DILocalVariable(name: "f", scope: !57, file: !2, line: 41, type: !101)
!101 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FF", file: !2, line: 9, size: 64, elements: !102)
!102 = !{!103, !104}
!103 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !101, file: !2, line: 9, baseType: !46, size: 32)
!104 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !101, file: !2, line: 9, baseType: !46, size: 32, offset: 32)
!105 = !DILocation(line: 41, column: 15, scope: !57)
!106 = !DILocation(line: 41, column: 37, scope: !57)
!107 = !DILocation(line: 41, column: 64, scope: !57)
!108 = !DILocation(line: 41, column: 19, scope: !57)
!109 = !DILocation(line: 42, column: 49, scope: !57)
!110 = !DILocation(line: 42, column: 39, scope: !57)
!111 = !DILocation(line: 42, column: 62, scope: !57)
!112 = !DILocation(line: 42, column: 52, scope: !57)
!113 = !DILocation(line: 42, column: 73, scope: !57)
!114 = !DILocation(line: 42, column: 65, scope: !57)
!115 = !DILocation(line: 42, column: 5, scope: !57)
!116 = !DILocalVariable(name: "fi", scope: !57, file: !2, line: 43, type: !117)
!117 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FI", file: !2, line: 10, size: 64, elements: !118)
!118 = !{!119, !120}
!119 = !DIDerivedType(tag: DW_TAG_member, name: "f", scope: !117, file: !2, line: 10, baseType: !46, size: 32)
!120 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !117, file: !2, line: 10, baseType: !47, size: 32, offset: 32)
!121 = !DILocation(line: 43, column: 15, scope: !57)
!122 = !DILocation(line: 43, column: 38, scope: !57)
!123 = !DILocation(line: 43, column: 20, scope: !57)
!124 = !DILocation(line: 44, column: 39, scope: !57)
!125 = !DILocation(line: 44, column: 28, scope: !57)
!126 = !DILocation(line: 44, column: 45, scope: !57)
!127 = !DILocation(line: 44, column: 5, scope: !57)
!128 = !DILocalVariable(name: "cs", scope: !57, file: !2, line: 45, type: !129)
!129 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "CS", file: !2, line: 11, size: 32, elements: !130)
!130 = !{!131, !132}
!131 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !129, file: !2, line: 11, baseType: !4, size: 8)
!132 = !DIDerivedType(tag: DW_TAG_member, name: "s", scope: !129, file: !2, line: 11, baseType: !133, size: 16, offset: 16)
!133 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!134 = !DILocation(line: 45, column: 15, scope: !57)
!135 = !DILocation(line: 45, column: 38, scope: !57)
!136 = !DILocation(line: 45, column: 20, scope: !57)
!137 = !DILocation(line: 46, column: 29, scope: !57)
!138 = !DILocation(line: 46, column: 26, scope: !57)
!139 = !DILocation(line: 46, column: 35, scope: !57)
!140 = !DILocation(line: 46, column: 32, scope: !57)
!141 = !DILocation(line: 46, column: 5, scope: !57)
!142 = !DILocalVariable(name: "t", scope: !57, file: !2, line: 47, type: !143)
!143 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "III", file: !2, line: 12, size: 96, elements: !144)
!144 = !{!145, !146, !147}
!145 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !143, file: !2, line: 12, baseType: !47, size: 32)
!146 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !143, file: !2, line: 12, baseType: !47, size: 32, offset: 32)
!147 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !143, file: !2, line: 12, baseType: !47, size: 32, offset: 64)
!148 = !DILocation(line: 47, column: 16, scope: !57)
!149 = !DILocation(line: 47, column: 40, scope: !57)
!150 = !DILocation(line: 47, column: 20, scope: !57)
!151 = !DILocation(line: 48, column: 32, scope: !57)
!152 = !DILocation(line: 48, column: 37, scope: !57)
!153 = !DILocation(line: 48, column: 42, scope: !57)
!154 = !DILocation(line: 48, column: 5, scope: !57)
!155 = !DILocalVariable(name: "c", scope: !57, file: !2, line: 49, type: !156)
!156 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "FFF", file: !2, line: 13, size: 96, elements: !157)
!157 = !{!158, !159, !160}
!158 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !156, file: !2, line: 13, baseType: !46, size: 32)
!159 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !156, file: !2, line: 13, baseType: !46, size: 32, offset: 32)
!160 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !156, file: !2, line: 13, baseType: !46, size: 32, offset: 64)
!161 = !DILocation(line: 49, column: 16, scope: !57)
!162 = !DILocation(line: 49, column: 42, scope: !57)
!163 = !DILocation(line: 49, column: 67, scope: !57)
!164 = !DILocation(line: 49, column: 20, scope: !57)
!165 = !DILocation(line: 50, column: 48, scope: !57)
!166 = !DILocation(line: 50, column: 38, scope: !57)
!167 = !DILocation(line: 50, column: 61, scope: !57)
!168 = !DILocation(line: 50, column: 51, scope: !57)
!169 = !DILocation(line: 50, column: 74, scope: !57)
!170 = !DILocation(line: 50, column: 64, scope: !57)
!171 = !DILocation(line: 50, column: 5, scope: !57)
!172 = !DILocalVariable(name: "di", scope: !57, file: !2, line: 51, type: !173)
!173 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "DI", file: !2, line: 14, size: 128, elements: !174)
!174 = !{!175, !176}
!175 = !DIDerivedType(tag: DW_TAG_member, name: "d", scope: !173, file: !2, line: 14, baseType: !45, size: 64)
!176 = !DIDerivedType(tag: DW_TAG_member, name: "i", scope: !173, file: !2, line: 14, baseType: !47, size: 32, offset: 64)
!177 = !DILocation(line: 51, column: 15, scope: !57)
!178 = !DILocation(line: 51, column: 20, scope: !57)
!179 = !DILocation(line: 52, column: 31, scope: !57)
!180 = !DILocation(line: 52, column: 37, scope: !57)
!181 = !DILocation(line: 52, column: 5, scope: !57)
!182 = !DILocalVariable(name: "m", scope: !57, file: !2, line: 53, type: !47)
!183 = !DILocation(line: 53, column: 9, scope: !57)
!184 = !DILocation(line: 53, column: 54, scope: !57)
!185 = !DILocation(line: 53, column: 13, scope: !57)
!186 = !DILocation(line: 54, column: 25, scope: !57)
!187 = !DILocation(line: 54, column: 5, scope: !57)
!188 = !DILocation(line: 55, column: 12, scope: !57)
!189 = !DILocation(line: 55, column: 14, scope: !57)
!190 = !DILocation(line: 55, column: 5, scope: !57)
!191 = distinct !DISubprogram(name: "ii_make", scope: !2, file: !2, line: 16, type: !192, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!192 = !DISubroutineType(types: !193)
!193 = !{!62, !47, !47}
!194 = !DILocalVariable(name: "a", arg: 1, scope: !191, file: !2, line: 16, type: !47)
!195 = !DILocation(line: 16, column: 30, scope: !191)
!196 = !DILocalVariable(name: "b", arg: 2, scope: !191, file: !2, line: 16, type: !47)
!197 = !DILocation(line: 16, column: 37, scope: !191)
!198 = !DILocalVariable(name: "r", scope: !191, file: !2, line: 16, type: !62)
!199 = !DILocation(line: 16, column: 52, scope: !191)
!200 = !DILocation(line: 16, column: 56, scope: !191)
!201 = !DILocation(line: 16, column: 58, scope: !191)
!202 = !DILocation(line: 16, column: 61, scope: !191)
!203 = !DILocation(line: 16, column: 66, scope: !191)
!204 = distinct !DISubprogram(name: "ii_swap", scope: !2, file: !2, line: 17, type: !205, scopeLine: 17, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!205 = !DISubroutineType(types: !206)
!206 = !{!62, !62}
!207 = !DILocalVariable(name: "v", arg: 1, scope: !204, file: !2, line: 17, type: !62)
!208 = !DILocation(line: 17, column: 36, scope: !204)
!209 = !DILocalVariable(name: "r", scope: !204, file: !2, line: 17, type: !62)
!210 = !DILocation(line: 17, column: 51, scope: !204)
!211 = !DILocation(line: 17, column: 55, scope: !204)
!212 = !DILocation(line: 17, column: 59, scope: !204)
!213 = !DILocation(line: 17, column: 64, scope: !204)
!214 = !DILocation(line: 17, column: 69, scope: !204)
!215 = distinct !DISubprogram(name: "ll_add", scope: !2, file: !2, line: 18, type: !216, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!216 = !DISubroutineType(types: !217)
!217 = !{!77, !77, !77}
!218 = !DILocalVariable(name: "p", arg: 1, scope: !215, file: !2, line: 18, type: !77)
!219 = !DILocation(line: 18, column: 35, scope: !215)
!220 = !DILocalVariable(name: "q", arg: 2, scope: !215, file: !2, line: 18, type: !77)
!221 = !DILocation(line: 18, column: 48, scope: !215)
!222 = !DILocalVariable(name: "r", scope: !215, file: !2, line: 18, type: !77)
!223 = !DILocation(line: 18, column: 63, scope: !215)
!224 = !DILocation(line: 18, column: 67, scope: !215)
!225 = !DILocation(line: 18, column: 71, scope: !215)
!226 = !DILocation(line: 18, column: 77, scope: !215)
!227 = !DILocation(line: 18, column: 73, scope: !215)
!228 = !DILocation(line: 18, column: 82, scope: !215)
!229 = !DILocation(line: 18, column: 88, scope: !215)
!230 = !DILocation(line: 18, column: 84, scope: !215)
!231 = !DILocation(line: 18, column: 93, scope: !215)
!232 = distinct !DISubprogram(name: "dd_scale", scope: !2, file: !2, line: 19, type: !233, scopeLine: 19, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!233 = !DISubroutineType(types: !234)
!234 = !{!90, !90, !45}
!235 = !DILocalVariable(name: "v", arg: 1, scope: !232, file: !2, line: 19, type: !90)
!236 = !DILocation(line: 19, column: 37, scope: !232)
!237 = !DILocalVariable(name: "k", arg: 2, scope: !232, file: !2, line: 19, type: !45)
!238 = !DILocation(line: 19, column: 47, scope: !232)
!239 = !DILocation(line: 19, column: 59, scope: !232)
!240 = !DILocation(line: 19, column: 54, scope: !232)
!241 = !DILocation(line: 19, column: 56, scope: !232)
!242 = !DILocation(line: 19, column: 69, scope: !232)
!243 = !DILocation(line: 19, column: 64, scope: !232)
!244 = !DILocation(line: 19, column: 66, scope: !232)
!245 = !DILocation(line: 19, column: 79, scope: !232)
!246 = !DILocation(line: 19, column: 72, scope: !232)
!247 = distinct !DISubprogram(name: "ff_add", scope: !2, file: !2, line: 20, type: !248, scopeLine: 20, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!248 = !DISubroutineType(types: !249)
!249 = !{!101, !101, !101}
!250 = !DILocalVariable(name: "a", arg: 1, scope: !247, file: !2, line: 20, type: !101)
!251 = !DILocation(line: 20, column: 35, scope: !247)
!252 = !DILocalVariable(name: "b", arg: 2, scope: !247, file: !2, line: 20, type: !101)
!253 = !DILocation(line: 20, column: 48, scope: !247)
!254 = !DILocalVariable(name: "r", scope: !247, file: !2, line: 20, type: !101)
!255 = !DILocation(line: 20, column: 63, scope: !247)
!256 = !DILocation(line: 20, column: 67, scope: !247)
!257 = !DILocation(line: 20, column: 71, scope: !247)
!258 = !DILocation(line: 20, column: 77, scope: !247)
!259 = !DILocation(line: 20, column: 73, scope: !247)
!260 = !DILocation(line: 20, column: 82, scope: !247)
!261 = !DILocation(line: 20, column: 88, scope: !247)
!262 = !DILocation(line: 20, column: 84, scope: !247)
!263 = !DILocation(line: 20, column: 93, scope: !247)
!264 = distinct !DISubprogram(name: "ff_dot", scope: !2, file: !2, line: 21, type: !265, scopeLine: 21, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!265 = !DISubroutineType(types: !266)
!266 = !{!46, !101, !101}
!267 = !DILocalVariable(name: "a", arg: 1, scope: !264, file: !2, line: 21, type: !101)
!268 = !DILocation(line: 21, column: 31, scope: !264)
!269 = !DILocalVariable(name: "b", arg: 2, scope: !264, file: !2, line: 21, type: !101)
!270 = !DILocation(line: 21, column: 44, scope: !264)
!271 = !DILocation(line: 21, column: 58, scope: !264)
!272 = !DILocation(line: 21, column: 64, scope: !264)
!273 = !DILocation(line: 21, column: 70, scope: !264)
!274 = !DILocation(line: 21, column: 76, scope: !264)
!275 = !DILocation(line: 21, column: 72, scope: !264)
!276 = !DILocation(line: 21, column: 66, scope: !264)
!277 = !DILocation(line: 21, column: 49, scope: !264)
!278 = distinct !DISubprogram(name: "fi_mix", scope: !2, file: !2, line: 22, type: !279, scopeLine: 22, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!279 = !DISubroutineType(types: !280)
!280 = !{!117, !117}
!281 = !DILocalVariable(name: "v", arg: 1, scope: !278, file: !2, line: 22, type: !117)
!282 = !DILocation(line: 22, column: 35, scope: !278)
!283 = !DILocation(line: 22, column: 56, scope: !278)
!284 = !DILocation(line: 22, column: 47, scope: !278)
!285 = !DILocation(line: 22, column: 42, scope: !278)
!286 = !DILocation(line: 22, column: 44, scope: !278)
!287 = !DILocation(line: 22, column: 61, scope: !278)
!288 = !DILocation(line: 22, column: 63, scope: !278)
!289 = !DILocation(line: 22, column: 76, scope: !278)
!290 = !DILocation(line: 22, column: 69, scope: !278)
!291 = distinct !DISubprogram(name: "cs_inc", scope: !2, file: !2, line: 23, type: !292, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!292 = !DISubroutineType(types: !293)
!293 = !{!129, !129}
!294 = !DILocalVariable(name: "v", arg: 1, scope: !291, file: !2, line: 23, type: !129)
!295 = !DILocation(line: 23, column: 35, scope: !291)
!296 = !DILocation(line: 23, column: 42, scope: !291)
!297 = !DILocation(line: 23, column: 43, scope: !291)
!298 = !DILocation(line: 23, column: 49, scope: !291)
!299 = !DILocation(line: 23, column: 50, scope: !291)
!300 = !DILocation(line: 23, column: 61, scope: !291)
!301 = !DILocation(line: 23, column: 54, scope: !291)
!302 = distinct !DISubprogram(name: "iii_rot", scope: !2, file: !2, line: 24, type: !303, scopeLine: 24, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!303 = !DISubroutineType(types: !304)
!304 = !{!143, !143}
!305 = !DILocalVariable(name: "v", arg: 1, scope: !302, file: !2, line: 24, type: !143)
!306 = !DILocation(line: 24, column: 38, scope: !302)
!307 = !DILocalVariable(name: "r", scope: !302, file: !2, line: 24, type: !143)
!308 = !DILocation(line: 24, column: 54, scope: !302)
!309 = !DILocation(line: 24, column: 58, scope: !302)
!310 = !DILocation(line: 24, column: 62, scope: !302)
!311 = !DILocation(line: 24, column: 67, scope: !302)
!312 = !DILocation(line: 24, column: 72, scope: !302)
!313 = !DILocation(line: 24, column: 77, scope: !302)
!314 = distinct !DISubprogram(name: "fff_cross", scope: !2, file: !2, line: 25, type: !315, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!315 = !DISubroutineType(types: !316)
!316 = !{!156, !156, !156}
!317 = !DILocalVariable(name: "a", arg: 1, scope: !314, file: !2, line: 25, type: !156)
!318 = !DILocation(line: 25, column: 40, scope: !314)
!319 = !DILocalVariable(name: "b", arg: 2, scope: !314, file: !2, line: 25, type: !156)
!320 = !DILocation(line: 25, column: 54, scope: !314)
!321 = !DILocalVariable(name: "r", scope: !314, file: !2, line: 26, type: !156)
!322 = !DILocation(line: 26, column: 16, scope: !314)
!323 = !DILocation(line: 26, column: 20, scope: !314)
!324 = !DILocation(line: 26, column: 24, scope: !314)
!325 = !DILocation(line: 26, column: 30, scope: !314)
!326 = !DILocation(line: 26, column: 36, scope: !314)
!327 = !DILocation(line: 26, column: 42, scope: !314)
!328 = !DILocation(line: 26, column: 38, scope: !314)
!329 = !DILocation(line: 26, column: 32, scope: !314)
!330 = !DILocation(line: 26, column: 47, scope: !314)
!331 = !DILocation(line: 26, column: 53, scope: !314)
!332 = !DILocation(line: 26, column: 59, scope: !314)
!333 = !DILocation(line: 26, column: 65, scope: !314)
!334 = !DILocation(line: 26, column: 61, scope: !314)
!335 = !DILocation(line: 26, column: 55, scope: !314)
!336 = !DILocation(line: 26, column: 70, scope: !314)
!337 = !DILocation(line: 26, column: 76, scope: !314)
!338 = !DILocation(line: 26, column: 82, scope: !314)
!339 = !DILocation(line: 26, column: 88, scope: !314)
!340 = !DILocation(line: 26, column: 84, scope: !314)
!341 = !DILocation(line: 26, column: 78, scope: !314)
!342 = !DILocation(line: 27, column: 5, scope: !314)
!343 = distinct !DISubprogram(name: "di_make", scope: !2, file: !2, line: 29, type: !344, scopeLine: 29, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!344 = !DISubroutineType(types: !345)
!345 = !{!173, !45, !47}
!346 = !DILocalVariable(name: "d", arg: 1, scope: !343, file: !2, line: 29, type: !45)
!347 = !DILocation(line: 29, column: 33, scope: !343)
!348 = !DILocalVariable(name: "i", arg: 2, scope: !343, file: !2, line: 29, type: !47)
!349 = !DILocation(line: 29, column: 40, scope: !343)
!350 = !DILocalVariable(name: "r", scope: !343, file: !2, line: 29, type: !173)
!351 = !DILocation(line: 29, column: 55, scope: !343)
!352 = !DILocation(line: 29, column: 64, scope: !343)
!353 = !DILocation(line: 29, column: 60, scope: !343)
!354 = !DILocation(line: 29, column: 62, scope: !343)
!355 = !DILocation(line: 29, column: 73, scope: !343)
!356 = !DILocation(line: 29, column: 69, scope: !343)
!357 = !DILocation(line: 29, column: 71, scope: !343)
!358 = !DILocation(line: 29, column: 76, scope: !343)
!359 = distinct !DISubprogram(name: "many", scope: !2, file: !2, line: 30, type: !360, scopeLine: 30, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !43, retainedNodes: !60)
!360 = !DISubroutineType(types: !361)
!361 = !{!47, !62, !77, !90, !101, !47, !45, !62, !101}
!362 = !DILocalVariable(name: "a", arg: 1, scope: !359, file: !2, line: 30, type: !62)
!363 = !DILocation(line: 30, column: 27, scope: !359)
!364 = !DILocalVariable(name: "b", arg: 2, scope: !359, file: !2, line: 30, type: !77)
!365 = !DILocation(line: 30, column: 40, scope: !359)
!366 = !DILocalVariable(name: "c", arg: 3, scope: !359, file: !2, line: 30, type: !90)
!367 = !DILocation(line: 30, column: 53, scope: !359)
!368 = !DILocalVariable(name: "d", arg: 4, scope: !359, file: !2, line: 30, type: !101)
!369 = !DILocation(line: 30, column: 66, scope: !359)
!370 = !DILocalVariable(name: "e", arg: 5, scope: !359, file: !2, line: 30, type: !47)
!371 = !DILocation(line: 30, column: 73, scope: !359)
!372 = !DILocalVariable(name: "f", arg: 6, scope: !359, file: !2, line: 30, type: !45)
!373 = !DILocation(line: 30, column: 83, scope: !359)
!374 = !DILocalVariable(name: "g", arg: 7, scope: !359, file: !2, line: 30, type: !62)
!375 = !DILocation(line: 30, column: 96, scope: !359)
!376 = !DILocalVariable(name: "h", arg: 8, scope: !359, file: !2, line: 30, type: !101)
!377 = !DILocation(line: 30, column: 109, scope: !359)
!378 = !DILocation(line: 31, column: 14, scope: !359)
!379 = !DILocation(line: 31, column: 20, scope: !359)
!380 = !DILocation(line: 31, column: 16, scope: !359)
!381 = !DILocation(line: 31, column: 31, scope: !359)
!382 = !DILocation(line: 31, column: 24, scope: !359)
!383 = !DILocation(line: 31, column: 22, scope: !359)
!384 = !DILocation(line: 31, column: 42, scope: !359)
!385 = !DILocation(line: 31, column: 35, scope: !359)
!386 = !DILocation(line: 31, column: 33, scope: !359)
!387 = !DILocation(line: 31, column: 53, scope: !359)
!388 = !DILocation(line: 31, column: 46, scope: !359)
!389 = !DILocation(line: 31, column: 44, scope: !359)
!390 = !DILocation(line: 31, column: 64, scope: !359)
!391 = !DILocation(line: 31, column: 57, scope: !359)
!392 = !DILocation(line: 31, column: 55, scope: !359)
!393 = !DILocation(line: 31, column: 75, scope: !359)
!394 = !DILocation(line: 31, column: 68, scope: !359)
!395 = !DILocation(line: 31, column: 66, scope: !359)
!396 = !DILocation(line: 31, column: 86, scope: !359)
!397 = !DILocation(line: 31, column: 79, scope: !359)
!398 = !DILocation(line: 31, column: 77, scope: !359)
!399 = !DILocation(line: 31, column: 90, scope: !359)
!400 = !DILocation(line: 31, column: 88, scope: !359)
!401 = !DILocation(line: 31, column: 99, scope: !359)
!402 = !DILocation(line: 31, column: 94, scope: !359)
!403 = !DILocation(line: 31, column: 92, scope: !359)
!404 = !DILocation(line: 31, column: 105, scope: !359)
!405 = !DILocation(line: 31, column: 101, scope: !359)
!406 = !DILocation(line: 31, column: 111, scope: !359)
!407 = !DILocation(line: 31, column: 107, scope: !359)
!408 = !DILocation(line: 31, column: 123, scope: !359)
!409 = !DILocation(line: 31, column: 129, scope: !359)
!410 = !DILocation(line: 31, column: 125, scope: !359)
!411 = !DILocation(line: 31, column: 115, scope: !359)
!412 = !DILocation(line: 31, column: 113, scope: !359)
!413 = !DILocation(line: 31, column: 5, scope: !359)
