; ModuleID = 'interp.c'
source_filename = "interp.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-i128:128-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.VM = type { [256 x i64], i32, [64 x i32], i32, [16 x i64], i64 }

@main.vm = internal global %struct.VM zeroinitializer, align 8
@fact_code = internal constant [34 x i32] [i32 0, i32 20, i32 19, i32 0, i32 0, i32 1, i32 19, i32 1, i32 18, i32 0, i32 14, i32 28, i32 18, i32 1, i32 18, i32 0, i32 7, i32 19, i32 1, i32 18, i32 0, i32 0, i32 1, i32 6, i32 19, i32 0, i32 13, i32 8, i32 18, i32 1, i32 20, i32 18, i32 1, i32 21], align 16
@.str = private unnamed_addr constant [22 x i8] c"fact %lld steps %lld\0A\00", align 1
@primes_code = internal constant [68 x i32] [i32 0, i32 2, i32 19, i32 0, i32 0, i32 0, i32 19, i32 2, i32 18, i32 0, i32 0, i32 2000, i32 10, i32 14, i32 62, i32 0, i32 2, i32 19, i32 1, i32 18, i32 1, i32 18, i32 1, i32 7, i32 18, i32 0, i32 3, i32 10, i32 15, i32 46, i32 18, i32 0, i32 18, i32 1, i32 9, i32 14, i32 53, i32 18, i32 1, i32 0, i32 1, i32 5, i32 19, i32 1, i32 13, i32 19, i32 18, i32 2, i32 0, i32 1, i32 5, i32 19, i32 2, i32 18, i32 0, i32 0, i32 1, i32 5, i32 19, i32 0, i32 13, i32 8, i32 18, i32 2, i32 20, i32 18, i32 2, i32 21], align 16
@.str.1 = private unnamed_addr constant [24 x i8] c"primes %lld steps %lld\0A\00", align 1
@gcd_code = internal constant [19 x i32] [i32 0, i32 1071, i32 0, i32 462, i32 16, i32 9, i32 2, i32 20, i32 21, i32 2, i32 14, i32 17, i32 3, i32 4, i32 9, i32 13, i32 9, i32 1, i32 17], align 16
@.str.2 = private unnamed_addr constant [21 x i8] c"gcd %lld steps %lld\0A\00", align 1
@.str.3 = private unnamed_addr constant [10 x i8] c"vm: %lld\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"bad op %d\0A\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i64, align 8
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i32 0, ptr %1, align 4
  %5 = call i64 @run(ptr noundef @main.vm, ptr noundef @fact_code)
  store i64 %5, ptr %2, align 8
  %6 = load i64, ptr %2, align 8
  %7 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %8 = call i32 (ptr, ...) @printf(ptr noundef @.str, i64 noundef %6, i64 noundef %7)
  %9 = call i64 @run(ptr noundef @main.vm, ptr noundef @primes_code)
  store i64 %9, ptr %3, align 8
  %10 = load i64, ptr %3, align 8
  %11 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %12 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i64 noundef %10, i64 noundef %11)
  %13 = call i64 @run(ptr noundef @main.vm, ptr noundef @gcd_code)
  store i64 %13, ptr %4, align 8
  %14 = load i64, ptr %4, align 8
  %15 = load i64, ptr getelementptr inbounds nuw (%struct.VM, ptr @main.vm, i32 0, i32 5), align 8
  %16 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i64 noundef %14, i64 noundef %15)
  %17 = load i64, ptr %3, align 8
  %18 = srem i64 %17, 100
  %19 = trunc i64 %18 to i32
  ret i32 %19
}

; Function Attrs: noinline nounwind optnone
define internal i64 @run(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i64, align 8
  %9 = alloca i64, align 8
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  %10 = load ptr, ptr %4, align 4
  %11 = getelementptr inbounds nuw %struct.VM, ptr %10, i32 0, i32 1
  store i32 0, ptr %11, align 8
  %12 = load ptr, ptr %4, align 4
  %13 = getelementptr inbounds nuw %struct.VM, ptr %12, i32 0, i32 3
  store i32 0, ptr %13, align 4
  %14 = load ptr, ptr %4, align 4
  %15 = getelementptr inbounds nuw %struct.VM, ptr %14, i32 0, i32 5
  store i64 0, ptr %15, align 8
  br label %16

16:                                               ; preds = %475, %2
  %17 = load ptr, ptr %4, align 4
  %18 = getelementptr inbounds nuw %struct.VM, ptr %17, i32 0, i32 5
  %19 = load i64, ptr %18, align 8
  %20 = add nsw i64 %19, 1
  store i64 %20, ptr %18, align 8
  %21 = load ptr, ptr %5, align 4
  %22 = load i32, ptr %6, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %6, align 4
  %24 = getelementptr inbounds i32, ptr %21, i32 %22
  %25 = load i32, ptr %24, align 4
  store i32 %25, ptr %7, align 4
  %26 = load i32, ptr %7, align 4
  switch i32 %26, label %472 [
    i32 0, label %27
    i32 1, label %41
    i32 2, label %46
    i32 3, label %65
    i32 4, label %97
    i32 5, label %116
    i32 6, label %143
    i32 7, label %170
    i32 8, label %197
    i32 9, label %230
    i32 10, label %263
    i32 11, label %292
    i32 12, label %321
    i32 13, label %341
    i32 14, label %346
    i32 15, label %367
    i32 16, label %388
    i32 17, label %402
    i32 18, label %411
    i32 19, label %428
    i32 20, label %445
    i32 21, label %455
  ]

27:                                               ; preds = %16
  %28 = load ptr, ptr %5, align 4
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  %31 = getelementptr inbounds i32, ptr %28, i32 %29
  %32 = load i32, ptr %31, align 4
  %33 = sext i32 %32 to i64
  %34 = load ptr, ptr %4, align 4
  %35 = getelementptr inbounds nuw %struct.VM, ptr %34, i32 0, i32 0
  %36 = load ptr, ptr %4, align 4
  %37 = getelementptr inbounds nuw %struct.VM, ptr %36, i32 0, i32 1
  %38 = load i32, ptr %37, align 8
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %37, align 8
  %40 = getelementptr inbounds [256 x i64], ptr %35, i32 0, i32 %38
  store i64 %33, ptr %40, align 8
  br label %475

41:                                               ; preds = %16
  %42 = load ptr, ptr %4, align 4
  %43 = getelementptr inbounds nuw %struct.VM, ptr %42, i32 0, i32 1
  %44 = load i32, ptr %43, align 8
  %45 = add nsw i32 %44, -1
  store i32 %45, ptr %43, align 8
  br label %475

46:                                               ; preds = %16
  %47 = load ptr, ptr %4, align 4
  %48 = getelementptr inbounds nuw %struct.VM, ptr %47, i32 0, i32 0
  %49 = load ptr, ptr %4, align 4
  %50 = getelementptr inbounds nuw %struct.VM, ptr %49, i32 0, i32 1
  %51 = load i32, ptr %50, align 8
  %52 = sub nsw i32 %51, 1
  %53 = getelementptr inbounds [256 x i64], ptr %48, i32 0, i32 %52
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %4, align 4
  %56 = getelementptr inbounds nuw %struct.VM, ptr %55, i32 0, i32 0
  %57 = load ptr, ptr %4, align 4
  %58 = getelementptr inbounds nuw %struct.VM, ptr %57, i32 0, i32 1
  %59 = load i32, ptr %58, align 8
  %60 = getelementptr inbounds [256 x i64], ptr %56, i32 0, i32 %59
  store i64 %54, ptr %60, align 8
  %61 = load ptr, ptr %4, align 4
  %62 = getelementptr inbounds nuw %struct.VM, ptr %61, i32 0, i32 1
  %63 = load i32, ptr %62, align 8
  %64 = add nsw i32 %63, 1
  store i32 %64, ptr %62, align 8
  br label %475

65:                                               ; preds = %16
  %66 = load ptr, ptr %4, align 4
  %67 = getelementptr inbounds nuw %struct.VM, ptr %66, i32 0, i32 0
  %68 = load ptr, ptr %4, align 4
  %69 = getelementptr inbounds nuw %struct.VM, ptr %68, i32 0, i32 1
  %70 = load i32, ptr %69, align 8
  %71 = sub nsw i32 %70, 1
  %72 = getelementptr inbounds [256 x i64], ptr %67, i32 0, i32 %71
  %73 = load i64, ptr %72, align 8
  store i64 %73, ptr %8, align 8
  %74 = load ptr, ptr %4, align 4
  %75 = getelementptr inbounds nuw %struct.VM, ptr %74, i32 0, i32 0
  %76 = load ptr, ptr %4, align 4
  %77 = getelementptr inbounds nuw %struct.VM, ptr %76, i32 0, i32 1
  %78 = load i32, ptr %77, align 8
  %79 = sub nsw i32 %78, 2
  %80 = getelementptr inbounds [256 x i64], ptr %75, i32 0, i32 %79
  %81 = load i64, ptr %80, align 8
  %82 = load ptr, ptr %4, align 4
  %83 = getelementptr inbounds nuw %struct.VM, ptr %82, i32 0, i32 0
  %84 = load ptr, ptr %4, align 4
  %85 = getelementptr inbounds nuw %struct.VM, ptr %84, i32 0, i32 1
  %86 = load i32, ptr %85, align 8
  %87 = sub nsw i32 %86, 1
  %88 = getelementptr inbounds [256 x i64], ptr %83, i32 0, i32 %87
  store i64 %81, ptr %88, align 8
  %89 = load i64, ptr %8, align 8
  %90 = load ptr, ptr %4, align 4
  %91 = getelementptr inbounds nuw %struct.VM, ptr %90, i32 0, i32 0
  %92 = load ptr, ptr %4, align 4
  %93 = getelementptr inbounds nuw %struct.VM, ptr %92, i32 0, i32 1
  %94 = load i32, ptr %93, align 8
  %95 = sub nsw i32 %94, 2
  %96 = getelementptr inbounds [256 x i64], ptr %91, i32 0, i32 %95
  store i64 %89, ptr %96, align 8
  br label %475

97:                                               ; preds = %16
  %98 = load ptr, ptr %4, align 4
  %99 = getelementptr inbounds nuw %struct.VM, ptr %98, i32 0, i32 0
  %100 = load ptr, ptr %4, align 4
  %101 = getelementptr inbounds nuw %struct.VM, ptr %100, i32 0, i32 1
  %102 = load i32, ptr %101, align 8
  %103 = sub nsw i32 %102, 2
  %104 = getelementptr inbounds [256 x i64], ptr %99, i32 0, i32 %103
  %105 = load i64, ptr %104, align 8
  %106 = load ptr, ptr %4, align 4
  %107 = getelementptr inbounds nuw %struct.VM, ptr %106, i32 0, i32 0
  %108 = load ptr, ptr %4, align 4
  %109 = getelementptr inbounds nuw %struct.VM, ptr %108, i32 0, i32 1
  %110 = load i32, ptr %109, align 8
  %111 = getelementptr inbounds [256 x i64], ptr %107, i32 0, i32 %110
  store i64 %105, ptr %111, align 8
  %112 = load ptr, ptr %4, align 4
  %113 = getelementptr inbounds nuw %struct.VM, ptr %112, i32 0, i32 1
  %114 = load i32, ptr %113, align 8
  %115 = add nsw i32 %114, 1
  store i32 %115, ptr %113, align 8
  br label %475

116:                                              ; preds = %16
  %117 = load ptr, ptr %4, align 4
  %118 = getelementptr inbounds nuw %struct.VM, ptr %117, i32 0, i32 0
  %119 = load ptr, ptr %4, align 4
  %120 = getelementptr inbounds nuw %struct.VM, ptr %119, i32 0, i32 1
  %121 = load i32, ptr %120, align 8
  %122 = add nsw i32 %121, -1
  store i32 %122, ptr %120, align 8
  %123 = getelementptr inbounds [256 x i64], ptr %118, i32 0, i32 %122
  %124 = load i64, ptr %123, align 8
  store i64 %124, ptr %9, align 8
  %125 = load ptr, ptr %4, align 4
  %126 = getelementptr inbounds nuw %struct.VM, ptr %125, i32 0, i32 0
  %127 = load ptr, ptr %4, align 4
  %128 = getelementptr inbounds nuw %struct.VM, ptr %127, i32 0, i32 1
  %129 = load i32, ptr %128, align 8
  %130 = add nsw i32 %129, -1
  store i32 %130, ptr %128, align 8
  %131 = getelementptr inbounds [256 x i64], ptr %126, i32 0, i32 %130
  %132 = load i64, ptr %131, align 8
  store i64 %132, ptr %8, align 8
  %133 = load i64, ptr %8, align 8
  %134 = load i64, ptr %9, align 8
  %135 = add nsw i64 %133, %134
  %136 = load ptr, ptr %4, align 4
  %137 = getelementptr inbounds nuw %struct.VM, ptr %136, i32 0, i32 0
  %138 = load ptr, ptr %4, align 4
  %139 = getelementptr inbounds nuw %struct.VM, ptr %138, i32 0, i32 1
  %140 = load i32, ptr %139, align 8
  %141 = add nsw i32 %140, 1
  store i32 %141, ptr %139, align 8
  %142 = getelementptr inbounds [256 x i64], ptr %137, i32 0, i32 %140
  store i64 %135, ptr %142, align 8
  br label %475

143:                                              ; preds = %16
  %144 = load ptr, ptr %4, align 4
  %145 = getelementptr inbounds nuw %struct.VM, ptr %144, i32 0, i32 0
  %146 = load ptr, ptr %4, align 4
  %147 = getelementptr inbounds nuw %struct.VM, ptr %146, i32 0, i32 1
  %148 = load i32, ptr %147, align 8
  %149 = add nsw i32 %148, -1
  store i32 %149, ptr %147, align 8
  %150 = getelementptr inbounds [256 x i64], ptr %145, i32 0, i32 %149
  %151 = load i64, ptr %150, align 8
  store i64 %151, ptr %9, align 8
  %152 = load ptr, ptr %4, align 4
  %153 = getelementptr inbounds nuw %struct.VM, ptr %152, i32 0, i32 0
  %154 = load ptr, ptr %4, align 4
  %155 = getelementptr inbounds nuw %struct.VM, ptr %154, i32 0, i32 1
  %156 = load i32, ptr %155, align 8
  %157 = add nsw i32 %156, -1
  store i32 %157, ptr %155, align 8
  %158 = getelementptr inbounds [256 x i64], ptr %153, i32 0, i32 %157
  %159 = load i64, ptr %158, align 8
  store i64 %159, ptr %8, align 8
  %160 = load i64, ptr %8, align 8
  %161 = load i64, ptr %9, align 8
  %162 = sub nsw i64 %160, %161
  %163 = load ptr, ptr %4, align 4
  %164 = getelementptr inbounds nuw %struct.VM, ptr %163, i32 0, i32 0
  %165 = load ptr, ptr %4, align 4
  %166 = getelementptr inbounds nuw %struct.VM, ptr %165, i32 0, i32 1
  %167 = load i32, ptr %166, align 8
  %168 = add nsw i32 %167, 1
  store i32 %168, ptr %166, align 8
  %169 = getelementptr inbounds [256 x i64], ptr %164, i32 0, i32 %167
  store i64 %162, ptr %169, align 8
  br label %475

170:                                              ; preds = %16
  %171 = load ptr, ptr %4, align 4
  %172 = getelementptr inbounds nuw %struct.VM, ptr %171, i32 0, i32 0
  %173 = load ptr, ptr %4, align 4
  %174 = getelementptr inbounds nuw %struct.VM, ptr %173, i32 0, i32 1
  %175 = load i32, ptr %174, align 8
  %176 = add nsw i32 %175, -1
  store i32 %176, ptr %174, align 8
  %177 = getelementptr inbounds [256 x i64], ptr %172, i32 0, i32 %176
  %178 = load i64, ptr %177, align 8
  store i64 %178, ptr %9, align 8
  %179 = load ptr, ptr %4, align 4
  %180 = getelementptr inbounds nuw %struct.VM, ptr %179, i32 0, i32 0
  %181 = load ptr, ptr %4, align 4
  %182 = getelementptr inbounds nuw %struct.VM, ptr %181, i32 0, i32 1
  %183 = load i32, ptr %182, align 8
  %184 = add nsw i32 %183, -1
  store i32 %184, ptr %182, align 8
  %185 = getelementptr inbounds [256 x i64], ptr %180, i32 0, i32 %184
  %186 = load i64, ptr %185, align 8
  store i64 %186, ptr %8, align 8
  %187 = load i64, ptr %8, align 8
  %188 = load i64, ptr %9, align 8
  %189 = mul nsw i64 %187, %188
  %190 = load ptr, ptr %4, align 4
  %191 = getelementptr inbounds nuw %struct.VM, ptr %190, i32 0, i32 0
  %192 = load ptr, ptr %4, align 4
  %193 = getelementptr inbounds nuw %struct.VM, ptr %192, i32 0, i32 1
  %194 = load i32, ptr %193, align 8
  %195 = add nsw i32 %194, 1
  store i32 %195, ptr %193, align 8
  %196 = getelementptr inbounds [256 x i64], ptr %191, i32 0, i32 %194
  store i64 %189, ptr %196, align 8
  br label %475

197:                                              ; preds = %16
  %198 = load ptr, ptr %4, align 4
  %199 = getelementptr inbounds nuw %struct.VM, ptr %198, i32 0, i32 0
  %200 = load ptr, ptr %4, align 4
  %201 = getelementptr inbounds nuw %struct.VM, ptr %200, i32 0, i32 1
  %202 = load i32, ptr %201, align 8
  %203 = add nsw i32 %202, -1
  store i32 %203, ptr %201, align 8
  %204 = getelementptr inbounds [256 x i64], ptr %199, i32 0, i32 %203
  %205 = load i64, ptr %204, align 8
  store i64 %205, ptr %9, align 8
  %206 = load ptr, ptr %4, align 4
  %207 = getelementptr inbounds nuw %struct.VM, ptr %206, i32 0, i32 0
  %208 = load ptr, ptr %4, align 4
  %209 = getelementptr inbounds nuw %struct.VM, ptr %208, i32 0, i32 1
  %210 = load i32, ptr %209, align 8
  %211 = add nsw i32 %210, -1
  store i32 %211, ptr %209, align 8
  %212 = getelementptr inbounds [256 x i64], ptr %207, i32 0, i32 %211
  %213 = load i64, ptr %212, align 8
  store i64 %213, ptr %8, align 8
  %214 = load i64, ptr %9, align 8
  %215 = icmp ne i64 %214, 0
  br i1 %215, label %216, label %220

216:                                              ; preds = %197
  %217 = load i64, ptr %8, align 8
  %218 = load i64, ptr %9, align 8
  %219 = sdiv i64 %217, %218
  br label %221

220:                                              ; preds = %197
  br label %221

221:                                              ; preds = %220, %216
  %222 = phi i64 [ %219, %216 ], [ 0, %220 ]
  %223 = load ptr, ptr %4, align 4
  %224 = getelementptr inbounds nuw %struct.VM, ptr %223, i32 0, i32 0
  %225 = load ptr, ptr %4, align 4
  %226 = getelementptr inbounds nuw %struct.VM, ptr %225, i32 0, i32 1
  %227 = load i32, ptr %226, align 8
  %228 = add nsw i32 %227, 1
  store i32 %228, ptr %226, align 8
  %229 = getelementptr inbounds [256 x i64], ptr %224, i32 0, i32 %227
  store i64 %222, ptr %229, align 8
  br label %475

230:                                              ; preds = %16
  %231 = load ptr, ptr %4, align 4
  %232 = getelementptr inbounds nuw %struct.VM, ptr %231, i32 0, i32 0
  %233 = load ptr, ptr %4, align 4
  %234 = getelementptr inbounds nuw %struct.VM, ptr %233, i32 0, i32 1
  %235 = load i32, ptr %234, align 8
  %236 = add nsw i32 %235, -1
  store i32 %236, ptr %234, align 8
  %237 = getelementptr inbounds [256 x i64], ptr %232, i32 0, i32 %236
  %238 = load i64, ptr %237, align 8
  store i64 %238, ptr %9, align 8
  %239 = load ptr, ptr %4, align 4
  %240 = getelementptr inbounds nuw %struct.VM, ptr %239, i32 0, i32 0
  %241 = load ptr, ptr %4, align 4
  %242 = getelementptr inbounds nuw %struct.VM, ptr %241, i32 0, i32 1
  %243 = load i32, ptr %242, align 8
  %244 = add nsw i32 %243, -1
  store i32 %244, ptr %242, align 8
  %245 = getelementptr inbounds [256 x i64], ptr %240, i32 0, i32 %244
  %246 = load i64, ptr %245, align 8
  store i64 %246, ptr %8, align 8
  %247 = load i64, ptr %9, align 8
  %248 = icmp ne i64 %247, 0
  br i1 %248, label %249, label %253

249:                                              ; preds = %230
  %250 = load i64, ptr %8, align 8
  %251 = load i64, ptr %9, align 8
  %252 = srem i64 %250, %251
  br label %254

253:                                              ; preds = %230
  br label %254

254:                                              ; preds = %253, %249
  %255 = phi i64 [ %252, %249 ], [ 0, %253 ]
  %256 = load ptr, ptr %4, align 4
  %257 = getelementptr inbounds nuw %struct.VM, ptr %256, i32 0, i32 0
  %258 = load ptr, ptr %4, align 4
  %259 = getelementptr inbounds nuw %struct.VM, ptr %258, i32 0, i32 1
  %260 = load i32, ptr %259, align 8
  %261 = add nsw i32 %260, 1
  store i32 %261, ptr %259, align 8
  %262 = getelementptr inbounds [256 x i64], ptr %257, i32 0, i32 %260
  store i64 %255, ptr %262, align 8
  br label %475

263:                                              ; preds = %16
  %264 = load ptr, ptr %4, align 4
  %265 = getelementptr inbounds nuw %struct.VM, ptr %264, i32 0, i32 0
  %266 = load ptr, ptr %4, align 4
  %267 = getelementptr inbounds nuw %struct.VM, ptr %266, i32 0, i32 1
  %268 = load i32, ptr %267, align 8
  %269 = add nsw i32 %268, -1
  store i32 %269, ptr %267, align 8
  %270 = getelementptr inbounds [256 x i64], ptr %265, i32 0, i32 %269
  %271 = load i64, ptr %270, align 8
  store i64 %271, ptr %9, align 8
  %272 = load ptr, ptr %4, align 4
  %273 = getelementptr inbounds nuw %struct.VM, ptr %272, i32 0, i32 0
  %274 = load ptr, ptr %4, align 4
  %275 = getelementptr inbounds nuw %struct.VM, ptr %274, i32 0, i32 1
  %276 = load i32, ptr %275, align 8
  %277 = add nsw i32 %276, -1
  store i32 %277, ptr %275, align 8
  %278 = getelementptr inbounds [256 x i64], ptr %273, i32 0, i32 %277
  %279 = load i64, ptr %278, align 8
  store i64 %279, ptr %8, align 8
  %280 = load i64, ptr %8, align 8
  %281 = load i64, ptr %9, align 8
  %282 = icmp slt i64 %280, %281
  %283 = zext i1 %282 to i32
  %284 = sext i32 %283 to i64
  %285 = load ptr, ptr %4, align 4
  %286 = getelementptr inbounds nuw %struct.VM, ptr %285, i32 0, i32 0
  %287 = load ptr, ptr %4, align 4
  %288 = getelementptr inbounds nuw %struct.VM, ptr %287, i32 0, i32 1
  %289 = load i32, ptr %288, align 8
  %290 = add nsw i32 %289, 1
  store i32 %290, ptr %288, align 8
  %291 = getelementptr inbounds [256 x i64], ptr %286, i32 0, i32 %289
  store i64 %284, ptr %291, align 8
  br label %475

292:                                              ; preds = %16
  %293 = load ptr, ptr %4, align 4
  %294 = getelementptr inbounds nuw %struct.VM, ptr %293, i32 0, i32 0
  %295 = load ptr, ptr %4, align 4
  %296 = getelementptr inbounds nuw %struct.VM, ptr %295, i32 0, i32 1
  %297 = load i32, ptr %296, align 8
  %298 = add nsw i32 %297, -1
  store i32 %298, ptr %296, align 8
  %299 = getelementptr inbounds [256 x i64], ptr %294, i32 0, i32 %298
  %300 = load i64, ptr %299, align 8
  store i64 %300, ptr %9, align 8
  %301 = load ptr, ptr %4, align 4
  %302 = getelementptr inbounds nuw %struct.VM, ptr %301, i32 0, i32 0
  %303 = load ptr, ptr %4, align 4
  %304 = getelementptr inbounds nuw %struct.VM, ptr %303, i32 0, i32 1
  %305 = load i32, ptr %304, align 8
  %306 = add nsw i32 %305, -1
  store i32 %306, ptr %304, align 8
  %307 = getelementptr inbounds [256 x i64], ptr %302, i32 0, i32 %306
  %308 = load i64, ptr %307, align 8
  store i64 %308, ptr %8, align 8
  %309 = load i64, ptr %8, align 8
  %310 = load i64, ptr %9, align 8
  %311 = icmp eq i64 %309, %310
  %312 = zext i1 %311 to i32
  %313 = sext i32 %312 to i64
  %314 = load ptr, ptr %4, align 4
  %315 = getelementptr inbounds nuw %struct.VM, ptr %314, i32 0, i32 0
  %316 = load ptr, ptr %4, align 4
  %317 = getelementptr inbounds nuw %struct.VM, ptr %316, i32 0, i32 1
  %318 = load i32, ptr %317, align 8
  %319 = add nsw i32 %318, 1
  store i32 %319, ptr %317, align 8
  %320 = getelementptr inbounds [256 x i64], ptr %315, i32 0, i32 %318
  store i64 %313, ptr %320, align 8
  br label %475

321:                                              ; preds = %16
  %322 = load ptr, ptr %4, align 4
  %323 = getelementptr inbounds nuw %struct.VM, ptr %322, i32 0, i32 0
  %324 = load ptr, ptr %4, align 4
  %325 = getelementptr inbounds nuw %struct.VM, ptr %324, i32 0, i32 1
  %326 = load i32, ptr %325, align 8
  %327 = sub nsw i32 %326, 1
  %328 = getelementptr inbounds [256 x i64], ptr %323, i32 0, i32 %327
  %329 = load i64, ptr %328, align 8
  %330 = icmp ne i64 %329, 0
  %331 = xor i1 %330, true
  %332 = zext i1 %331 to i32
  %333 = sext i32 %332 to i64
  %334 = load ptr, ptr %4, align 4
  %335 = getelementptr inbounds nuw %struct.VM, ptr %334, i32 0, i32 0
  %336 = load ptr, ptr %4, align 4
  %337 = getelementptr inbounds nuw %struct.VM, ptr %336, i32 0, i32 1
  %338 = load i32, ptr %337, align 8
  %339 = sub nsw i32 %338, 1
  %340 = getelementptr inbounds [256 x i64], ptr %335, i32 0, i32 %339
  store i64 %333, ptr %340, align 8
  br label %475

341:                                              ; preds = %16
  %342 = load ptr, ptr %5, align 4
  %343 = load i32, ptr %6, align 4
  %344 = getelementptr inbounds i32, ptr %342, i32 %343
  %345 = load i32, ptr %344, align 4
  store i32 %345, ptr %6, align 4
  br label %475

346:                                              ; preds = %16
  %347 = load ptr, ptr %4, align 4
  %348 = getelementptr inbounds nuw %struct.VM, ptr %347, i32 0, i32 0
  %349 = load ptr, ptr %4, align 4
  %350 = getelementptr inbounds nuw %struct.VM, ptr %349, i32 0, i32 1
  %351 = load i32, ptr %350, align 8
  %352 = add nsw i32 %351, -1
  store i32 %352, ptr %350, align 8
  %353 = getelementptr inbounds [256 x i64], ptr %348, i32 0, i32 %352
  %354 = load i64, ptr %353, align 8
  store i64 %354, ptr %8, align 8
  %355 = load i64, ptr %8, align 8
  %356 = icmp ne i64 %355, 0
  br i1 %356, label %357, label %360

357:                                              ; preds = %346
  %358 = load i32, ptr %6, align 4
  %359 = add nsw i32 %358, 1
  br label %365

360:                                              ; preds = %346
  %361 = load ptr, ptr %5, align 4
  %362 = load i32, ptr %6, align 4
  %363 = getelementptr inbounds i32, ptr %361, i32 %362
  %364 = load i32, ptr %363, align 4
  br label %365

365:                                              ; preds = %360, %357
  %366 = phi i32 [ %359, %357 ], [ %364, %360 ]
  store i32 %366, ptr %6, align 4
  br label %475

367:                                              ; preds = %16
  %368 = load ptr, ptr %4, align 4
  %369 = getelementptr inbounds nuw %struct.VM, ptr %368, i32 0, i32 0
  %370 = load ptr, ptr %4, align 4
  %371 = getelementptr inbounds nuw %struct.VM, ptr %370, i32 0, i32 1
  %372 = load i32, ptr %371, align 8
  %373 = add nsw i32 %372, -1
  store i32 %373, ptr %371, align 8
  %374 = getelementptr inbounds [256 x i64], ptr %369, i32 0, i32 %373
  %375 = load i64, ptr %374, align 8
  store i64 %375, ptr %8, align 8
  %376 = load i64, ptr %8, align 8
  %377 = icmp ne i64 %376, 0
  br i1 %377, label %378, label %383

378:                                              ; preds = %367
  %379 = load ptr, ptr %5, align 4
  %380 = load i32, ptr %6, align 4
  %381 = getelementptr inbounds i32, ptr %379, i32 %380
  %382 = load i32, ptr %381, align 4
  br label %386

383:                                              ; preds = %367
  %384 = load i32, ptr %6, align 4
  %385 = add nsw i32 %384, 1
  br label %386

386:                                              ; preds = %383, %378
  %387 = phi i32 [ %382, %378 ], [ %385, %383 ]
  store i32 %387, ptr %6, align 4
  br label %475

388:                                              ; preds = %16
  %389 = load i32, ptr %6, align 4
  %390 = add nsw i32 %389, 1
  %391 = load ptr, ptr %4, align 4
  %392 = getelementptr inbounds nuw %struct.VM, ptr %391, i32 0, i32 2
  %393 = load ptr, ptr %4, align 4
  %394 = getelementptr inbounds nuw %struct.VM, ptr %393, i32 0, i32 3
  %395 = load i32, ptr %394, align 4
  %396 = add nsw i32 %395, 1
  store i32 %396, ptr %394, align 4
  %397 = getelementptr inbounds [64 x i32], ptr %392, i32 0, i32 %395
  store i32 %390, ptr %397, align 4
  %398 = load ptr, ptr %5, align 4
  %399 = load i32, ptr %6, align 4
  %400 = getelementptr inbounds i32, ptr %398, i32 %399
  %401 = load i32, ptr %400, align 4
  store i32 %401, ptr %6, align 4
  br label %475

402:                                              ; preds = %16
  %403 = load ptr, ptr %4, align 4
  %404 = getelementptr inbounds nuw %struct.VM, ptr %403, i32 0, i32 2
  %405 = load ptr, ptr %4, align 4
  %406 = getelementptr inbounds nuw %struct.VM, ptr %405, i32 0, i32 3
  %407 = load i32, ptr %406, align 4
  %408 = add nsw i32 %407, -1
  store i32 %408, ptr %406, align 4
  %409 = getelementptr inbounds [64 x i32], ptr %404, i32 0, i32 %408
  %410 = load i32, ptr %409, align 4
  store i32 %410, ptr %6, align 4
  br label %475

411:                                              ; preds = %16
  %412 = load ptr, ptr %4, align 4
  %413 = getelementptr inbounds nuw %struct.VM, ptr %412, i32 0, i32 4
  %414 = load ptr, ptr %5, align 4
  %415 = load i32, ptr %6, align 4
  %416 = add nsw i32 %415, 1
  store i32 %416, ptr %6, align 4
  %417 = getelementptr inbounds i32, ptr %414, i32 %415
  %418 = load i32, ptr %417, align 4
  %419 = getelementptr inbounds [16 x i64], ptr %413, i32 0, i32 %418
  %420 = load i64, ptr %419, align 8
  %421 = load ptr, ptr %4, align 4
  %422 = getelementptr inbounds nuw %struct.VM, ptr %421, i32 0, i32 0
  %423 = load ptr, ptr %4, align 4
  %424 = getelementptr inbounds nuw %struct.VM, ptr %423, i32 0, i32 1
  %425 = load i32, ptr %424, align 8
  %426 = add nsw i32 %425, 1
  store i32 %426, ptr %424, align 8
  %427 = getelementptr inbounds [256 x i64], ptr %422, i32 0, i32 %425
  store i64 %420, ptr %427, align 8
  br label %475

428:                                              ; preds = %16
  %429 = load ptr, ptr %4, align 4
  %430 = getelementptr inbounds nuw %struct.VM, ptr %429, i32 0, i32 0
  %431 = load ptr, ptr %4, align 4
  %432 = getelementptr inbounds nuw %struct.VM, ptr %431, i32 0, i32 1
  %433 = load i32, ptr %432, align 8
  %434 = add nsw i32 %433, -1
  store i32 %434, ptr %432, align 8
  %435 = getelementptr inbounds [256 x i64], ptr %430, i32 0, i32 %434
  %436 = load i64, ptr %435, align 8
  %437 = load ptr, ptr %4, align 4
  %438 = getelementptr inbounds nuw %struct.VM, ptr %437, i32 0, i32 4
  %439 = load ptr, ptr %5, align 4
  %440 = load i32, ptr %6, align 4
  %441 = add nsw i32 %440, 1
  store i32 %441, ptr %6, align 4
  %442 = getelementptr inbounds i32, ptr %439, i32 %440
  %443 = load i32, ptr %442, align 4
  %444 = getelementptr inbounds [16 x i64], ptr %438, i32 0, i32 %443
  store i64 %436, ptr %444, align 8
  br label %475

445:                                              ; preds = %16
  %446 = load ptr, ptr %4, align 4
  %447 = getelementptr inbounds nuw %struct.VM, ptr %446, i32 0, i32 0
  %448 = load ptr, ptr %4, align 4
  %449 = getelementptr inbounds nuw %struct.VM, ptr %448, i32 0, i32 1
  %450 = load i32, ptr %449, align 8
  %451 = add nsw i32 %450, -1
  store i32 %451, ptr %449, align 8
  %452 = getelementptr inbounds [256 x i64], ptr %447, i32 0, i32 %451
  %453 = load i64, ptr %452, align 8
  %454 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %453)
  br label %475

455:                                              ; preds = %16
  %456 = load ptr, ptr %4, align 4
  %457 = getelementptr inbounds nuw %struct.VM, ptr %456, i32 0, i32 1
  %458 = load i32, ptr %457, align 8
  %459 = icmp ne i32 %458, 0
  br i1 %459, label %460, label %469

460:                                              ; preds = %455
  %461 = load ptr, ptr %4, align 4
  %462 = getelementptr inbounds nuw %struct.VM, ptr %461, i32 0, i32 0
  %463 = load ptr, ptr %4, align 4
  %464 = getelementptr inbounds nuw %struct.VM, ptr %463, i32 0, i32 1
  %465 = load i32, ptr %464, align 8
  %466 = sub nsw i32 %465, 1
  %467 = getelementptr inbounds [256 x i64], ptr %462, i32 0, i32 %466
  %468 = load i64, ptr %467, align 8
  br label %470

469:                                              ; preds = %455
  br label %470

470:                                              ; preds = %469, %460
  %471 = phi i64 [ %468, %460 ], [ 0, %469 ]
  store i64 %471, ptr %3, align 8
  br label %476

472:                                              ; preds = %16
  %473 = load i32, ptr %7, align 4
  %474 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i32 noundef %473)
  store i64 -1, ptr %3, align 8
  br label %476

475:                                              ; preds = %445, %428, %411, %402, %388, %386, %365, %341, %321, %292, %263, %254, %221, %170, %143, %116, %97, %65, %46, %41, %27
  br label %16

476:                                              ; preds = %472, %470
  %477 = load i64, ptr %3, align 8
  ret i64 %477
}

declare i32 @printf(ptr noundef, ...) #1

attributes #0 = { noinline nounwind optnone "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }
attributes #1 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+bulk-memory,+bulk-memory-opt,+call-indirect-overlong,+multivalue,+mutable-globals,+nontrapping-fptoint,+reference-types,+sign-ext" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"clang version 21.0.0 (https://github.com/swiftlang/llvm-project.git 11673e6660b2d0a5f9f99b1c7b773f4c2f6df1b0)"}
