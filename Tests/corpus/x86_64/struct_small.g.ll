; ModuleID = 'struct_small.c'
source_filename = "struct_small.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

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
  %16 = alloca %struct.III, align 4
  %17 = alloca %struct.III, align 4
  %18 = alloca { i64, i32 }, align 4
  %19 = alloca { i64, i32 }, align 8
  %20 = alloca %struct.FFF, align 4
  %21 = alloca %struct.FFF, align 4
  %22 = alloca %struct.FFF, align 4
  %23 = alloca { <2 x float>, float }, align 4
  %24 = alloca { <2 x float>, float }, align 4
  %25 = alloca { <2 x float>, float }, align 8
  %26 = alloca %struct.DI, align 8
  %27 = alloca i32, align 4
  %28 = alloca %struct.FF, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !61, !DIExpression(), !66)
  %29 = call i64 @ii_make(i32 noundef 3, i32 noundef -4), !dbg !67
  store i64 %29, ptr %2, align 4, !dbg !67
    #dbg_declare(ptr %3, !68, !DIExpression(), !69)
  %30 = load i64, ptr %2, align 4, !dbg !70
  %31 = call i64 @ii_swap(i64 %30), !dbg !70
  store i64 %31, ptr %3, align 4, !dbg !70
  %32 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 0, !dbg !71
  %33 = load i32, ptr %32, align 4, !dbg !71
  %34 = getelementptr inbounds nuw %struct.II, ptr %2, i32 0, i32 1, !dbg !72
  %35 = load i32, ptr %34, align 4, !dbg !72
  %36 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 0, !dbg !73
  %37 = load i32, ptr %36, align 4, !dbg !73
  %38 = getelementptr inbounds nuw %struct.II, ptr %3, i32 0, i32 1, !dbg !74
  %39 = load i32, ptr %38, align 4, !dbg !74
  %40 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %33, i32 noundef %35, i32 noundef %37, i32 noundef %39), !dbg !75
    #dbg_declare(ptr %4, !76, !DIExpression(), !82)
  %41 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0, !dbg !83
  store i64 10000000000, ptr %41, align 8, !dbg !83
  %42 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1, !dbg !83
  store i64 -1, ptr %42, align 8, !dbg !83
  %43 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0, !dbg !84
  store i64 5, ptr %43, align 8, !dbg !84
  %44 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1, !dbg !84
  store i64 20000000000, ptr %44, align 8, !dbg !84
  %45 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 0, !dbg !85
  %46 = load i64, ptr %45, align 8, !dbg !85
  %47 = getelementptr inbounds nuw { i64, i64 }, ptr %5, i32 0, i32 1, !dbg !85
  %48 = load i64, ptr %47, align 8, !dbg !85
  %49 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0, !dbg !85
  %50 = load i64, ptr %49, align 8, !dbg !85
  %51 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1, !dbg !85
  %52 = load i64, ptr %51, align 8, !dbg !85
  %53 = call { i64, i64 } @ll_add(i64 %46, i64 %48, i64 %50, i64 %52), !dbg !85
  %54 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0, !dbg !85
  %55 = extractvalue { i64, i64 } %53, 0, !dbg !85
  store i64 %55, ptr %54, align 8, !dbg !85
  %56 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1, !dbg !85
  %57 = extractvalue { i64, i64 } %53, 1, !dbg !85
  store i64 %57, ptr %56, align 8, !dbg !85
  %58 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 0, !dbg !86
  %59 = load i64, ptr %58, align 8, !dbg !86
  %60 = getelementptr inbounds nuw %struct.LL, ptr %4, i32 0, i32 1, !dbg !87
  %61 = load i64, ptr %60, align 8, !dbg !87
  %62 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %59, i64 noundef %61), !dbg !88
    #dbg_declare(ptr %7, !89, !DIExpression(), !94)
  %63 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 0, !dbg !95
  store double 1.500000e+00, ptr %63, align 8, !dbg !95
  %64 = getelementptr inbounds nuw %struct.DD, ptr %8, i32 0, i32 1, !dbg !95
  store double -2.250000e+00, ptr %64, align 8, !dbg !95
  %65 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 0, !dbg !96
  %66 = load double, ptr %65, align 8, !dbg !96
  %67 = getelementptr inbounds nuw { double, double }, ptr %8, i32 0, i32 1, !dbg !96
  %68 = load double, ptr %67, align 8, !dbg !96
  %69 = call { double, double } @dd_scale(double %66, double %68, double noundef 4.000000e+00), !dbg !96
  %70 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !96
  %71 = extractvalue { double, double } %69, 0, !dbg !96
  store double %71, ptr %70, align 8, !dbg !96
  %72 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !96
  %73 = extractvalue { double, double } %69, 1, !dbg !96
  store double %73, ptr %72, align 8, !dbg !96
  %74 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 0, !dbg !97
  %75 = load double, ptr %74, align 8, !dbg !97
  %76 = getelementptr inbounds nuw %struct.DD, ptr %7, i32 0, i32 1, !dbg !98
  %77 = load double, ptr %76, align 8, !dbg !98
  %78 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, double noundef %75, double noundef %77), !dbg !99
    #dbg_declare(ptr %9, !100, !DIExpression(), !105)
  %79 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 0, !dbg !106
  store float 1.000000e+00, ptr %79, align 4, !dbg !106
  %80 = getelementptr inbounds nuw %struct.FF, ptr %10, i32 0, i32 1, !dbg !106
  store float 2.000000e+00, ptr %80, align 4, !dbg !106
  %81 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 0, !dbg !107
  store float 5.000000e-01, ptr %81, align 4, !dbg !107
  %82 = getelementptr inbounds nuw %struct.FF, ptr %11, i32 0, i32 1, !dbg !107
  store float 2.500000e-01, ptr %82, align 4, !dbg !107
  %83 = load <2 x float>, ptr %10, align 4, !dbg !108
  %84 = load <2 x float>, ptr %11, align 4, !dbg !108
  %85 = call <2 x float> @ff_add(<2 x float> %83, <2 x float> %84), !dbg !108
  store <2 x float> %85, ptr %9, align 4, !dbg !108
  %86 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 0, !dbg !109
  %87 = load float, ptr %86, align 4, !dbg !109
  %88 = fpext float %87 to double, !dbg !110
  %89 = getelementptr inbounds nuw %struct.FF, ptr %9, i32 0, i32 1, !dbg !111
  %90 = load float, ptr %89, align 4, !dbg !111
  %91 = fpext float %90 to double, !dbg !112
  %92 = load <2 x float>, ptr %9, align 4, !dbg !113
  %93 = load <2 x float>, ptr %9, align 4, !dbg !113
  %94 = call float @ff_dot(<2 x float> %92, <2 x float> %93), !dbg !113
  %95 = fpext float %94 to double, !dbg !114
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, double noundef %88, double noundef %91, double noundef %95), !dbg !115
    #dbg_declare(ptr %12, !116, !DIExpression(), !121)
  %97 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 0, !dbg !122
  store float 5.000000e-01, ptr %97, align 4, !dbg !122
  %98 = getelementptr inbounds nuw %struct.FI, ptr %13, i32 0, i32 1, !dbg !122
  store i32 7, ptr %98, align 4, !dbg !122
  %99 = load i64, ptr %13, align 4, !dbg !123
  %100 = call i64 @fi_mix(i64 %99), !dbg !123
  store i64 %100, ptr %12, align 4, !dbg !123
  %101 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 0, !dbg !124
  %102 = load float, ptr %101, align 4, !dbg !124
  %103 = fpext float %102 to double, !dbg !125
  %104 = getelementptr inbounds nuw %struct.FI, ptr %12, i32 0, i32 1, !dbg !126
  %105 = load i32, ptr %104, align 4, !dbg !126
  %106 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, double noundef %103, i32 noundef %105), !dbg !127
    #dbg_declare(ptr %14, !128, !DIExpression(), !134)
  %107 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 0, !dbg !135
  store i8 65, ptr %107, align 2, !dbg !135
  %108 = getelementptr i8, ptr %15, i64 1, !dbg !135
  call void @llvm.memset.p0.i64(ptr align 1 %108, i8 0, i64 1, i1 false), !dbg !135
  %109 = getelementptr inbounds nuw %struct.CS, ptr %15, i32 0, i32 1, !dbg !135
  store i16 -300, ptr %109, align 2, !dbg !135
  %110 = load i32, ptr %15, align 2, !dbg !136
  %111 = call i32 @cs_inc(i32 %110), !dbg !136
  store i32 %111, ptr %14, align 2, !dbg !136
  %112 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 0, !dbg !137
  %113 = load i8, ptr %112, align 2, !dbg !137
  %114 = sext i8 %113 to i32, !dbg !138
  %115 = getelementptr inbounds nuw %struct.CS, ptr %14, i32 0, i32 1, !dbg !139
  %116 = load i16, ptr %115, align 2, !dbg !139
  %117 = sext i16 %116 to i32, !dbg !140
  %118 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i32 noundef %114, i32 noundef %117), !dbg !141
    #dbg_declare(ptr %16, !142, !DIExpression(), !148)
  %119 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 0, !dbg !149
  store i32 1, ptr %119, align 4, !dbg !149
  %120 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 1, !dbg !149
  store i32 2, ptr %120, align 4, !dbg !149
  %121 = getelementptr inbounds nuw %struct.III, ptr %17, i32 0, i32 2, !dbg !149
  store i32 3, ptr %121, align 4, !dbg !149
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %18, ptr align 4 %17, i64 12, i1 false), !dbg !150
  %122 = getelementptr inbounds nuw { i64, i32 }, ptr %18, i32 0, i32 0, !dbg !150
  %123 = load i64, ptr %122, align 4, !dbg !150
  %124 = getelementptr inbounds nuw { i64, i32 }, ptr %18, i32 0, i32 1, !dbg !150
  %125 = load i32, ptr %124, align 4, !dbg !150
  %126 = call { i64, i32 } @iii_rot(i64 %123, i32 %125), !dbg !150
  store { i64, i32 } %126, ptr %19, align 8, !dbg !150
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %16, ptr align 8 %19, i64 12, i1 false), !dbg !150
  %127 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 0, !dbg !151
  %128 = load i32, ptr %127, align 4, !dbg !151
  %129 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 1, !dbg !152
  %130 = load i32, ptr %129, align 4, !dbg !152
  %131 = getelementptr inbounds nuw %struct.III, ptr %16, i32 0, i32 2, !dbg !153
  %132 = load i32, ptr %131, align 4, !dbg !153
  %133 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i32 noundef %128, i32 noundef %130, i32 noundef %132), !dbg !154
    #dbg_declare(ptr %20, !155, !DIExpression(), !161)
  %134 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 0, !dbg !162
  store float 1.000000e+00, ptr %134, align 4, !dbg !162
  %135 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 1, !dbg !162
  store float 0.000000e+00, ptr %135, align 4, !dbg !162
  %136 = getelementptr inbounds nuw %struct.FFF, ptr %21, i32 0, i32 2, !dbg !162
  store float 0.000000e+00, ptr %136, align 4, !dbg !162
  %137 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 0, !dbg !163
  store float 0.000000e+00, ptr %137, align 4, !dbg !163
  %138 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 1, !dbg !163
  store float 1.000000e+00, ptr %138, align 4, !dbg !163
  %139 = getelementptr inbounds nuw %struct.FFF, ptr %22, i32 0, i32 2, !dbg !163
  store float 0.000000e+00, ptr %139, align 4, !dbg !163
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %23, ptr align 4 %21, i64 12, i1 false), !dbg !164
  %140 = getelementptr inbounds nuw { <2 x float>, float }, ptr %23, i32 0, i32 0, !dbg !164
  %141 = load <2 x float>, ptr %140, align 4, !dbg !164
  %142 = getelementptr inbounds nuw { <2 x float>, float }, ptr %23, i32 0, i32 1, !dbg !164
  %143 = load float, ptr %142, align 4, !dbg !164
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %24, ptr align 4 %22, i64 12, i1 false), !dbg !164
  %144 = getelementptr inbounds nuw { <2 x float>, float }, ptr %24, i32 0, i32 0, !dbg !164
  %145 = load <2 x float>, ptr %144, align 4, !dbg !164
  %146 = getelementptr inbounds nuw { <2 x float>, float }, ptr %24, i32 0, i32 1, !dbg !164
  %147 = load float, ptr %146, align 4, !dbg !164
  %148 = call { <2 x float>, float } @fff_cross(<2 x float> %141, float %143, <2 x float> %145, float %147), !dbg !164
  store { <2 x float>, float } %148, ptr %25, align 8, !dbg !164
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %20, ptr align 8 %25, i64 12, i1 false), !dbg !164
  %149 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 0, !dbg !165
  %150 = load float, ptr %149, align 4, !dbg !165
  %151 = fpext float %150 to double, !dbg !166
  %152 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 1, !dbg !167
  %153 = load float, ptr %152, align 4, !dbg !167
  %154 = fpext float %153 to double, !dbg !168
  %155 = getelementptr inbounds nuw %struct.FFF, ptr %20, i32 0, i32 2, !dbg !169
  %156 = load float, ptr %155, align 4, !dbg !169
  %157 = fpext float %156 to double, !dbg !170
  %158 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, double noundef %151, double noundef %154, double noundef %157), !dbg !171
    #dbg_declare(ptr %26, !172, !DIExpression(), !177)
  %159 = call { double, i32 } @di_make(double noundef 2.750000e+00, i32 noundef -9), !dbg !178
  %160 = getelementptr inbounds nuw { double, i32 }, ptr %26, i32 0, i32 0, !dbg !178
  %161 = extractvalue { double, i32 } %159, 0, !dbg !178
  store double %161, ptr %160, align 8, !dbg !178
  %162 = getelementptr inbounds nuw { double, i32 }, ptr %26, i32 0, i32 1, !dbg !178
  %163 = extractvalue { double, i32 } %159, 1, !dbg !178
  store i32 %163, ptr %162, align 8, !dbg !178
  %164 = getelementptr inbounds nuw %struct.DI, ptr %26, i32 0, i32 0, !dbg !179
  %165 = load double, ptr %164, align 8, !dbg !179
  %166 = getelementptr inbounds nuw %struct.DI, ptr %26, i32 0, i32 1, !dbg !180
  %167 = load i32, ptr %166, align 8, !dbg !180
  %168 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, double noundef %165, i32 noundef %167), !dbg !181
    #dbg_declare(ptr %27, !182, !DIExpression(), !183)
  %169 = getelementptr inbounds nuw %struct.FF, ptr %28, i32 0, i32 0, !dbg !184
  store float 2.000000e+00, ptr %169, align 4, !dbg !184
  %170 = getelementptr inbounds nuw %struct.FF, ptr %28, i32 0, i32 1, !dbg !184
  store float 3.000000e+00, ptr %170, align 4, !dbg !184
  %171 = load i64, ptr %2, align 4, !dbg !185
  %172 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 0, !dbg !185
  %173 = load i64, ptr %172, align 8, !dbg !185
  %174 = getelementptr inbounds nuw { i64, i64 }, ptr %4, i32 0, i32 1, !dbg !185
  %175 = load i64, ptr %174, align 8, !dbg !185
  %176 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 0, !dbg !185
  %177 = load double, ptr %176, align 8, !dbg !185
  %178 = getelementptr inbounds nuw { double, double }, ptr %7, i32 0, i32 1, !dbg !185
  %179 = load double, ptr %178, align 8, !dbg !185
  %180 = load <2 x float>, ptr %9, align 4, !dbg !185
  %181 = load i64, ptr %3, align 4, !dbg !185
  %182 = load <2 x float>, ptr %28, align 4, !dbg !185
  %183 = call i32 @many(i64 %171, i64 %173, i64 %175, double %177, double %179, <2 x float> %180, i32 noundef 100, double noundef 5.000000e-01, i64 %181, <2 x float> %182), !dbg !185
  store i32 %183, ptr %27, align 4, !dbg !183
  %184 = load i32, ptr %27, align 4, !dbg !186
  %185 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i32 noundef %184), !dbg !187
  %186 = load i32, ptr %27, align 4, !dbg !188
  %187 = and i32 %186, 63, !dbg !189
  ret i32 %187, !dbg !190
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @ii_make(i32 noundef %0, i32 noundef %1) #1 !dbg !191 {
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
define internal i64 @ii_swap(i64 %0) #1 !dbg !204 {
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

declare i32 @printf(ptr noundef, ...) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i64 } @ll_add(i64 %0, i64 %1, i64 %2, i64 %3) #1 !dbg !215 {
  %5 = alloca %struct.LL, align 8
  %6 = alloca %struct.LL, align 8
  %7 = alloca %struct.LL, align 8
  %8 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 0
  store i64 %0, ptr %8, align 8
  %9 = getelementptr inbounds nuw { i64, i64 }, ptr %6, i32 0, i32 1
  store i64 %1, ptr %9, align 8
  %10 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 0
  store i64 %2, ptr %10, align 8
  %11 = getelementptr inbounds nuw { i64, i64 }, ptr %7, i32 0, i32 1
  store i64 %3, ptr %11, align 8
    #dbg_declare(ptr %6, !218, !DIExpression(), !219)
    #dbg_declare(ptr %7, !220, !DIExpression(), !221)
    #dbg_declare(ptr %5, !222, !DIExpression(), !223)
  %12 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 0, !dbg !224
  %13 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 0, !dbg !225
  %14 = load i64, ptr %13, align 8, !dbg !225
  %15 = getelementptr inbounds nuw %struct.LL, ptr %7, i32 0, i32 0, !dbg !226
  %16 = load i64, ptr %15, align 8, !dbg !226
  %17 = add nsw i64 %14, %16, !dbg !227
  store i64 %17, ptr %12, align 8, !dbg !224
  %18 = getelementptr inbounds nuw %struct.LL, ptr %5, i32 0, i32 1, !dbg !224
  %19 = getelementptr inbounds nuw %struct.LL, ptr %6, i32 0, i32 1, !dbg !228
  %20 = load i64, ptr %19, align 8, !dbg !228
  %21 = getelementptr inbounds nuw %struct.LL, ptr %7, i32 0, i32 1, !dbg !229
  %22 = load i64, ptr %21, align 8, !dbg !229
  %23 = add nsw i64 %20, %22, !dbg !230
  store i64 %23, ptr %18, align 8, !dbg !224
  %24 = load { i64, i64 }, ptr %5, align 8, !dbg !231
  ret { i64, i64 } %24, !dbg !231
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { double, double } @dd_scale(double %0, double %1, double noundef %2) #1 !dbg !232 {
  %4 = alloca %struct.DD, align 8
  %5 = alloca %struct.DD, align 8
  %6 = alloca double, align 8
  %7 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 0
  store double %0, ptr %7, align 8
  %8 = getelementptr inbounds nuw { double, double }, ptr %5, i32 0, i32 1
  store double %1, ptr %8, align 8
    #dbg_declare(ptr %5, !235, !DIExpression(), !236)
  store double %2, ptr %6, align 8
    #dbg_declare(ptr %6, !237, !DIExpression(), !238)
  %9 = load double, ptr %6, align 8, !dbg !239
  %10 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 0, !dbg !240
  %11 = load double, ptr %10, align 8, !dbg !241
  %12 = fmul double %11, %9, !dbg !241
  store double %12, ptr %10, align 8, !dbg !241
  %13 = load double, ptr %6, align 8, !dbg !242
  %14 = getelementptr inbounds nuw %struct.DD, ptr %5, i32 0, i32 1, !dbg !243
  %15 = load double, ptr %14, align 8, !dbg !244
  %16 = fmul double %15, %13, !dbg !244
  store double %16, ptr %14, align 8, !dbg !244
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %4, ptr align 8 %5, i64 16, i1 false), !dbg !245
  %17 = load { double, double }, ptr %4, align 8, !dbg !246
  ret { double, double } %17, !dbg !246
}

; Function Attrs: noinline nounwind optnone uwtable
define internal <2 x float> @ff_add(<2 x float> %0, <2 x float> %1) #0 !dbg !247 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  %5 = alloca %struct.FF, align 4
  store <2 x float> %0, ptr %4, align 4
  store <2 x float> %1, ptr %5, align 4
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
  %18 = load <2 x float>, ptr %3, align 4, !dbg !263
  ret <2 x float> %18, !dbg !263
}

; Function Attrs: noinline nounwind optnone uwtable
define internal float @ff_dot(<2 x float> %0, <2 x float> %1) #0 !dbg !264 {
  %3 = alloca %struct.FF, align 4
  %4 = alloca %struct.FF, align 4
  store <2 x float> %0, ptr %3, align 4
  store <2 x float> %1, ptr %4, align 4
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
define internal i64 @fi_mix(i64 %0) #1 !dbg !278 {
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
define internal i32 @cs_inc(i32 %0) #1 !dbg !291 {
  %2 = alloca %struct.CS, align 2
  %3 = alloca %struct.CS, align 2
  store i32 %0, ptr %3, align 2
    #dbg_declare(ptr %3, !294, !DIExpression(), !295)
  %4 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 0, !dbg !296
  %5 = load i8, ptr %4, align 2, !dbg !297
  %6 = add i8 %5, 1, !dbg !297
  store i8 %6, ptr %4, align 2, !dbg !297
  %7 = getelementptr inbounds nuw %struct.CS, ptr %3, i32 0, i32 1, !dbg !298
  %8 = load i16, ptr %7, align 2, !dbg !299
  %9 = add i16 %8, -1, !dbg !299
  store i16 %9, ptr %7, align 2, !dbg !299
  call void @llvm.memcpy.p0.p0.i64(ptr align 2 %2, ptr align 2 %3, i64 4, i1 false), !dbg !300
  %10 = load i32, ptr %2, align 2, !dbg !301
  ret i32 %10, !dbg !301
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: noinline nounwind optnone uwtable
define internal { i64, i32 } @iii_rot(i64 %0, i32 %1) #1 !dbg !302 {
  %3 = alloca %struct.III, align 4
  %4 = alloca %struct.III, align 4
  %5 = alloca { i64, i32 }, align 4
  %6 = alloca { i64, i32 }, align 8
  %7 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 0
  store i64 %0, ptr %7, align 4
  %8 = getelementptr inbounds nuw { i64, i32 }, ptr %5, i32 0, i32 1
  store i32 %1, ptr %8, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 12, i1 false)
    #dbg_declare(ptr %4, !305, !DIExpression(), !306)
    #dbg_declare(ptr %3, !307, !DIExpression(), !308)
  %9 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 0, !dbg !309
  %10 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 1, !dbg !310
  %11 = load i32, ptr %10, align 4, !dbg !310
  store i32 %11, ptr %9, align 4, !dbg !309
  %12 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 1, !dbg !309
  %13 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 2, !dbg !311
  %14 = load i32, ptr %13, align 4, !dbg !311
  store i32 %14, ptr %12, align 4, !dbg !309
  %15 = getelementptr inbounds nuw %struct.III, ptr %3, i32 0, i32 2, !dbg !309
  %16 = getelementptr inbounds nuw %struct.III, ptr %4, i32 0, i32 0, !dbg !312
  %17 = load i32, ptr %16, align 4, !dbg !312
  store i32 %17, ptr %15, align 4, !dbg !309
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %6, ptr align 4 %3, i64 12, i1 false), !dbg !313
  %18 = load { i64, i32 }, ptr %6, align 8, !dbg !313
  ret { i64, i32 } %18, !dbg !313
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: noinline nounwind optnone uwtable
define internal { <2 x float>, float } @fff_cross(<2 x float> %0, float %1, <2 x float> %2, float %3) #0 !dbg !314 {
  %5 = alloca %struct.FFF, align 4
  %6 = alloca %struct.FFF, align 4
  %7 = alloca { <2 x float>, float }, align 4
  %8 = alloca %struct.FFF, align 4
  %9 = alloca { <2 x float>, float }, align 4
  %10 = alloca { <2 x float>, float }, align 8
  %11 = getelementptr inbounds nuw { <2 x float>, float }, ptr %7, i32 0, i32 0
  store <2 x float> %0, ptr %11, align 4
  %12 = getelementptr inbounds nuw { <2 x float>, float }, ptr %7, i32 0, i32 1
  store float %1, ptr %12, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 12, i1 false)
  %13 = getelementptr inbounds nuw { <2 x float>, float }, ptr %9, i32 0, i32 0
  store <2 x float> %2, ptr %13, align 4
  %14 = getelementptr inbounds nuw { <2 x float>, float }, ptr %9, i32 0, i32 1
  store float %3, ptr %14, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %9, i64 12, i1 false)
    #dbg_declare(ptr %6, !317, !DIExpression(), !318)
    #dbg_declare(ptr %8, !319, !DIExpression(), !320)
    #dbg_declare(ptr %5, !321, !DIExpression(), !322)
  %15 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 0, !dbg !323
  %16 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 1, !dbg !324
  %17 = load float, ptr %16, align 4, !dbg !324
  %18 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 2, !dbg !325
  %19 = load float, ptr %18, align 4, !dbg !325
  %20 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 2, !dbg !326
  %21 = load float, ptr %20, align 4, !dbg !326
  %22 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 1, !dbg !327
  %23 = load float, ptr %22, align 4, !dbg !327
  %24 = fmul float %21, %23, !dbg !328
  %25 = fneg float %24, !dbg !329
  %26 = call float @llvm.fmuladd.f32(float %17, float %19, float %25), !dbg !329
  store float %26, ptr %15, align 4, !dbg !323
  %27 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 1, !dbg !323
  %28 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 2, !dbg !330
  %29 = load float, ptr %28, align 4, !dbg !330
  %30 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 0, !dbg !331
  %31 = load float, ptr %30, align 4, !dbg !331
  %32 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 0, !dbg !332
  %33 = load float, ptr %32, align 4, !dbg !332
  %34 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 2, !dbg !333
  %35 = load float, ptr %34, align 4, !dbg !333
  %36 = fmul float %33, %35, !dbg !334
  %37 = fneg float %36, !dbg !335
  %38 = call float @llvm.fmuladd.f32(float %29, float %31, float %37), !dbg !335
  store float %38, ptr %27, align 4, !dbg !323
  %39 = getelementptr inbounds nuw %struct.FFF, ptr %5, i32 0, i32 2, !dbg !323
  %40 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 0, !dbg !336
  %41 = load float, ptr %40, align 4, !dbg !336
  %42 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 1, !dbg !337
  %43 = load float, ptr %42, align 4, !dbg !337
  %44 = getelementptr inbounds nuw %struct.FFF, ptr %6, i32 0, i32 1, !dbg !338
  %45 = load float, ptr %44, align 4, !dbg !338
  %46 = getelementptr inbounds nuw %struct.FFF, ptr %8, i32 0, i32 0, !dbg !339
  %47 = load float, ptr %46, align 4, !dbg !339
  %48 = fmul float %45, %47, !dbg !340
  %49 = fneg float %48, !dbg !341
  %50 = call float @llvm.fmuladd.f32(float %41, float %43, float %49), !dbg !341
  store float %50, ptr %39, align 4, !dbg !323
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %10, ptr align 4 %5, i64 12, i1 false), !dbg !342
  %51 = load { <2 x float>, float }, ptr %10, align 8, !dbg !342
  ret { <2 x float>, float } %51, !dbg !342
}

; Function Attrs: noinline nounwind optnone uwtable
define internal { double, i32 } @di_make(double noundef %0, i32 noundef %1) #1 !dbg !343 {
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
  %10 = load { double, i32 }, ptr %3, align 8, !dbg !358
  ret { double, i32 } %10, !dbg !358
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i32 @many(i64 %0, i64 %1, i64 %2, double %3, double %4, <2 x float> %5, i32 noundef %6, double noundef %7, i64 %8, <2 x float> %9) #0 !dbg !359 {
  %11 = alloca %struct.II, align 4
  %12 = alloca %struct.LL, align 8
  %13 = alloca %struct.DD, align 8
  %14 = alloca %struct.FF, align 4
  %15 = alloca %struct.II, align 4
  %16 = alloca %struct.FF, align 4
  %17 = alloca i32, align 4
  %18 = alloca double, align 8
  store i64 %0, ptr %11, align 4
  %19 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 0
  store i64 %1, ptr %19, align 8
  %20 = getelementptr inbounds nuw { i64, i64 }, ptr %12, i32 0, i32 1
  store i64 %2, ptr %20, align 8
  %21 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 0
  store double %3, ptr %21, align 8
  %22 = getelementptr inbounds nuw { double, double }, ptr %13, i32 0, i32 1
  store double %4, ptr %22, align 8
  store <2 x float> %5, ptr %14, align 4
  store i64 %8, ptr %15, align 4
  store <2 x float> %9, ptr %16, align 4
    #dbg_declare(ptr %11, !362, !DIExpression(), !363)
    #dbg_declare(ptr %12, !364, !DIExpression(), !365)
    #dbg_declare(ptr %13, !366, !DIExpression(), !367)
    #dbg_declare(ptr %14, !368, !DIExpression(), !369)
  store i32 %6, ptr %17, align 4
    #dbg_declare(ptr %17, !370, !DIExpression(), !371)
  store double %7, ptr %18, align 8
    #dbg_declare(ptr %18, !372, !DIExpression(), !373)
    #dbg_declare(ptr %15, !374, !DIExpression(), !375)
    #dbg_declare(ptr %16, !376, !DIExpression(), !377)
  %23 = getelementptr inbounds nuw %struct.II, ptr %11, i32 0, i32 0, !dbg !378
  %24 = load i32, ptr %23, align 4, !dbg !378
  %25 = getelementptr inbounds nuw %struct.II, ptr %11, i32 0, i32 1, !dbg !379
  %26 = load i32, ptr %25, align 4, !dbg !379
  %27 = add nsw i32 %24, %26, !dbg !380
  %28 = getelementptr inbounds nuw %struct.LL, ptr %12, i32 0, i32 0, !dbg !381
  %29 = load i64, ptr %28, align 8, !dbg !381
  %30 = trunc i64 %29 to i32, !dbg !382
  %31 = add nsw i32 %27, %30, !dbg !383
  %32 = getelementptr inbounds nuw %struct.LL, ptr %12, i32 0, i32 1, !dbg !384
  %33 = load i64, ptr %32, align 8, !dbg !384
  %34 = trunc i64 %33 to i32, !dbg !385
  %35 = add nsw i32 %31, %34, !dbg !386
  %36 = getelementptr inbounds nuw %struct.DD, ptr %13, i32 0, i32 0, !dbg !387
  %37 = load double, ptr %36, align 8, !dbg !387
  %38 = fptosi double %37 to i32, !dbg !388
  %39 = add nsw i32 %35, %38, !dbg !389
  %40 = getelementptr inbounds nuw %struct.DD, ptr %13, i32 0, i32 1, !dbg !390
  %41 = load double, ptr %40, align 8, !dbg !390
  %42 = fptosi double %41 to i32, !dbg !391
  %43 = add nsw i32 %39, %42, !dbg !392
  %44 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 0, !dbg !393
  %45 = load float, ptr %44, align 4, !dbg !393
  %46 = fptosi float %45 to i32, !dbg !394
  %47 = add nsw i32 %43, %46, !dbg !395
  %48 = getelementptr inbounds nuw %struct.FF, ptr %14, i32 0, i32 1, !dbg !396
  %49 = load float, ptr %48, align 4, !dbg !396
  %50 = fptosi float %49 to i32, !dbg !397
  %51 = add nsw i32 %47, %50, !dbg !398
  %52 = load i32, ptr %17, align 4, !dbg !399
  %53 = add nsw i32 %51, %52, !dbg !400
  %54 = load double, ptr %18, align 8, !dbg !401
  %55 = fptosi double %54 to i32, !dbg !402
  %56 = add nsw i32 %53, %55, !dbg !403
  %57 = getelementptr inbounds nuw %struct.II, ptr %15, i32 0, i32 0, !dbg !404
  %58 = load i32, ptr %57, align 4, !dbg !404
  %59 = add nsw i32 %56, %58, !dbg !405
  %60 = getelementptr inbounds nuw %struct.II, ptr %15, i32 0, i32 1, !dbg !406
  %61 = load i32, ptr %60, align 4, !dbg !406
  %62 = sub nsw i32 %59, %61, !dbg !407
  %63 = getelementptr inbounds nuw %struct.FF, ptr %16, i32 0, i32 0, !dbg !408
  %64 = load float, ptr %63, align 4, !dbg !408
  %65 = getelementptr inbounds nuw %struct.FF, ptr %16, i32 0, i32 1, !dbg !409
  %66 = load float, ptr %65, align 4, !dbg !409
  %67 = fmul float %64, %66, !dbg !410
  %68 = fptosi float %67 to i32, !dbg !411
  %69 = add nsw i32 %62, %68, !dbg !412
  ret i32 %69, !dbg !413
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="64" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.dbg.cu = !{!43}
!llvm.module.flags = !{!49, !50, !51, !52, !53, !54, !55}
!llvm.ident = !{!56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 36, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "struct_small.c", directory: ".", checksumkind: CSK_MD5, checksum: "67b53d5b7b6dfd8a4423454c7c6c8f92")
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
!49 = !{i32 7, !"Dwarf Version", i32 5}
!50 = !{i32 2, !"Debug Info Version", i32 3}
!51 = !{i32 1, !"wchar_size", i32 4}
!52 = !{i32 8, !"PIC Level", i32 2}
!53 = !{i32 7, !"PIE Level", i32 2}
!54 = !{i32 7, !"uwtable", i32 2}
!55 = !{i32 7, !"frame-pointer", i32 2}
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
