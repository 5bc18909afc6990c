; ModuleID = 'bitfields.c'
source_filename = "bitfields.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.P24 = type { [3 x i8], i8 }
%struct.P48 = type { [6 x i8], i16 }
%struct.P56 = type { [7 x i8], i8 }
%struct.P72 = type <{ [5 x i8], i32 }>
%struct.P120 = type { [15 x i8], i8 }
%struct.Q = type { i64, i32 }
%struct.Mixed = type { i8, [3 x i8], [9 x i8] }
%struct.P80 = type { [10 x i8] }
%struct.P96 = type { [12 x i8] }
%struct.P104 = type { [13 x i8] }
%struct.P112 = type { [14 x i8] }
%struct.P136 = type { [17 x i8] }
%struct.P160 = type { [20 x i8] }
%struct.P40 = type { [5 x i8], i8 }

@.str = private unnamed_addr constant [21 x i8] c"A %u %u %u %d %u %d\0A\00", align 1
@.str.1 = private unnamed_addr constant [22 x i8] c"A' %u %u %u %d %u %d\0A\00", align 1
@__const.main.p24 = private unnamed_addr constant { i8, i8, i8, i8 } { i8 -1, i8 31, i8 -128, i8 9 }, align 1
@.str.2 = private unnamed_addr constant [14 x i8] c"P24 %u %u %u\0A\00", align 1
@.str.3 = private unnamed_addr constant [18 x i8] c"P40 %llx %llx %u\0A\00", align 1
@.str.4 = private unnamed_addr constant [11 x i8] c"P40' %llx\0A\00", align 1
@__const.main.p48 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i16 } { i8 -1, i8 -1, i8 1, i8 108, i8 -54, i8 -120, i16 -3 }, align 1
@.str.5 = private unnamed_addr constant [18 x i8] c"P48 %llx %lld %d\0A\00", align 1
@.str.6 = private unnamed_addr constant [18 x i8] c"P56 %llx %llx %c\0A\00", align 1
@__const.main.p72 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1 }, align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"P72 %llx\0A\00", align 1
@__const.main.p120 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -128, i8 -1 }, align 1
@.str.8 = private unnamed_addr constant [19 x i8] c"P120 %llx %lld %d\0A\00", align 1
@__const.main.q = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, [4 x i8] } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 127, i8 0, i8 0, i8 -8, i8 -1, [4 x i8] zeroinitializer }, align 8
@.str.9 = private unnamed_addr constant [19 x i8] c"Q %llx %llx %d %u\0A\00", align 1
@__const.main.m = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -5, i8 -2, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -85, i8 -86, i8 -86 }, align 1
@.str.10 = private unnamed_addr constant [26 x i8] c"Mixed %d %u %u %llx %llx\0A\00", align 1
@__const.main.p80 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -81, i8 -119, i8 103, i8 69, i8 35, i8 1 }, align 1
@__const.main.p96 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 -8 }, align 1
@__const.main.p104 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 31, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0 }, align 1
@__const.main.p112 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -97, i8 21, i8 -115, i8 4, i8 -68, i8 55, i8 -81, i8 2 }, align 1
@__const.main.p136 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 -1, i8 15, i8 111, i8 94, i8 77, i8 60, i8 43, i8 26, i8 9, i8 -64, i8 -69 }, align 1
@__const.main.p160 = private unnamed_addr constant { i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8 } { i8 1, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 64, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 0, i8 12, i8 0, i8 0, i8 0, i8 0 }, align 1
@.str.11 = private unnamed_addr constant [29 x i8] c"P80 %llx %llx P96 %llx %lld\0A\00", align 1
@.str.12 = private unnamed_addr constant [31 x i8] c"P104 %llx %llx P112 %llx %llx\0A\00", align 1
@.str.13 = private unnamed_addr constant [39 x i8] c"P136 %llx %llx %x P160 %llx %llx %llx\0A\00", align 1
@.str.14 = private unnamed_addr constant [11 x i8] c"loop %llx\0A\00", align 1
@ga = internal global { i8, i8, i8, i8 } { i8 -115, i8 100, i8 -100, i8 -99 }, align 4
@gp40 = internal global { i8, i8, i8, i8, i8, i8 } { i8 -34, i8 -68, i8 90, i8 52, i8 18, i8 7 }, align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca %struct.P24, align 1
  %3 = alloca %struct.P48, align 1
  %4 = alloca %struct.P56, align 1
  %5 = alloca %struct.P72, align 1
  %6 = alloca { i64, i8 }, align 1
  %7 = alloca %struct.P120, align 1
  %8 = alloca %struct.Q, align 8
  %9 = alloca %struct.Mixed, align 1
  %10 = alloca %struct.P80, align 1
  %11 = alloca %struct.P96, align 1
  %12 = alloca %struct.P104, align 1
  %13 = alloca %struct.P112, align 1
  %14 = alloca %struct.P136, align 1
  %15 = alloca %struct.P160, align 1
  %16 = alloca i32, align 4
  %17 = alloca i64, align 8
  %18 = alloca i32, align 4
  store i32 0, ptr %1, align 4
  %19 = load i32, ptr @ga, align 4
  %20 = and i32 %19, 7
  %21 = load i32, ptr @ga, align 4
  %22 = lshr i32 %21, 3
  %23 = and i32 %22, 31
  %24 = load i32, ptr @ga, align 4
  %25 = lshr i32 %24, 8
  %26 = and i32 %25, 127
  %27 = load i32, ptr @ga, align 4
  %28 = shl i32 %27, 8
  %29 = ashr i32 %28, 23
  %30 = load i32, ptr @ga, align 4
  %31 = lshr i32 %30, 24
  %32 = and i32 %31, 1
  %33 = load i32, ptr @ga, align 4
  %34 = ashr i32 %33, 25
  %35 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %20, i32 noundef %23, i32 noundef %26, i32 noundef %29, i32 noundef %32, i32 noundef %34)
  %36 = load i32, ptr @ga, align 4
  %37 = and i32 %36, 7
  %38 = add nsw i32 %37, 4
  %39 = load i32, ptr @ga, align 4
  %40 = and i32 %38, 7
  %41 = and i32 %39, -8
  %42 = or i32 %41, %40
  store i32 %42, ptr @ga, align 4
  %43 = load i32, ptr @ga, align 4
  %44 = lshr i32 %43, 3
  %45 = and i32 %44, 31
  %46 = mul nsw i32 %45, 3
  %47 = load i32, ptr @ga, align 4
  %48 = and i32 %46, 31
  %49 = shl i32 %48, 3
  %50 = and i32 %47, -249
  %51 = or i32 %50, %49
  store i32 %51, ptr @ga, align 4
  %52 = load i32, ptr @ga, align 4
  %53 = and i32 %52, -32513
  %54 = or i32 %53, 32512
  store i32 %54, ptr @ga, align 4
  %55 = load i32, ptr @ga, align 4
  %56 = shl i32 %55, 8
  %57 = ashr i32 %56, 23
  %58 = sub nsw i32 %57, 100
  %59 = load i32, ptr @ga, align 4
  %60 = and i32 %58, 511
  %61 = shl i32 %60, 15
  %62 = and i32 %59, -16744449
  %63 = or i32 %62, %61
  store i32 %63, ptr @ga, align 4
  %64 = shl i32 %60, 23
  %65 = ashr i32 %64, 23
  %66 = load i32, ptr @ga, align 4
  %67 = lshr i32 %66, 24
  %68 = and i32 %67, 1
  %69 = icmp ne i32 %68, 0
  %70 = xor i1 %69, true
  %71 = zext i1 %70 to i32
  %72 = load i32, ptr @ga, align 4
  %73 = and i32 %71, 1
  %74 = shl i32 %73, 24
  %75 = and i32 %72, -16777217
  %76 = or i32 %75, %74
  store i32 %76, ptr @ga, align 4
  %77 = load i32, ptr @ga, align 4
  %78 = and i32 %77, 33554431
  %79 = or i32 %78, -2147483648
  store i32 %79, ptr @ga, align 4
  %80 = load i32, ptr @ga, align 4
  %81 = and i32 %80, 7
  %82 = load i32, ptr @ga, align 4
  %83 = lshr i32 %82, 3
  %84 = and i32 %83, 31
  %85 = load i32, ptr @ga, align 4
  %86 = lshr i32 %85, 8
  %87 = and i32 %86, 127
  %88 = load i32, ptr @ga, align 4
  %89 = shl i32 %88, 8
  %90 = ashr i32 %89, 23
  %91 = load i32, ptr @ga, align 4
  %92 = lshr i32 %91, 24
  %93 = and i32 %92, 1
  %94 = load i32, ptr @ga, align 4
  %95 = ashr i32 %94, 25
  %96 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, i32 noundef %81, i32 noundef %84, i32 noundef %87, i32 noundef %90, i32 noundef %93, i32 noundef %95)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %2, ptr align 1 @__const.main.p24, i64 4, i1 false)
  %97 = load i24, ptr %2, align 1
  %98 = and i24 %97, 4095
  %99 = zext i24 %98 to i32
  %100 = xor i32 %99, 1365
  %101 = trunc i32 %100 to i24
  %102 = load i24, ptr %2, align 1
  %103 = and i24 %101, 4095
  %104 = and i24 %102, -4096
  %105 = or i24 %104, %103
  store i24 %105, ptr %2, align 1
  %106 = zext i24 %103 to i32
  %107 = load i24, ptr %2, align 1
  %108 = and i24 %107, 4095
  %109 = zext i24 %108 to i32
  %110 = load i24, ptr %2, align 1
  %111 = lshr i24 %110, 12
  %112 = zext i24 %111 to i32
  %113 = getelementptr inbounds nuw %struct.P24, ptr %2, i32 0, i32 1
  %114 = load i8, ptr %113, align 1
  %115 = zext i8 %114 to i32
  %116 = call i32 (ptr, ...) @printf(ptr noundef @.str.2, i32 noundef %109, i32 noundef %112, i32 noundef %115)
  %117 = load i40, ptr @gp40, align 1
  %118 = and i40 %117, 1048575
  %119 = zext i40 %118 to i64
  %120 = load i40, ptr @gp40, align 1
  %121 = lshr i40 %120, 20
  %122 = zext i40 %121 to i64
  %123 = load i8, ptr getelementptr inbounds nuw (%struct.P40, ptr @gp40, i32 0, i32 1), align 1
  %124 = zext i8 %123 to i32
  %125 = call i32 (ptr, ...) @printf(ptr noundef @.str.3, i64 noundef %119, i64 noundef %122, i32 noundef %124)
  %126 = load i40, ptr @gp40, align 1
  %127 = lshr i40 %126, 20
  %128 = zext i40 %127 to i64
  %129 = trunc i64 %128 to i32
  %130 = add nsw i32 %129, 1048575
  %131 = sext i32 %130 to i64
  %132 = trunc i64 %131 to i40
  %133 = load i40, ptr @gp40, align 1
  %134 = and i40 %132, 1048575
  %135 = shl i40 %134, 20
  %136 = and i40 %133, 1048575
  %137 = or i40 %136, %135
  store i40 %137, ptr @gp40, align 1
  %138 = zext i40 %134 to i64
  %139 = load i40, ptr @gp40, align 1
  %140 = lshr i40 %139, 20
  %141 = zext i40 %140 to i64
  %142 = call i32 (ptr, ...) @printf(ptr noundef @.str.4, i64 noundef %141)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 @__const.main.p48, i64 8, i1 false)
  %143 = load i48, ptr %3, align 1
  %144 = ashr i48 %143, 17
  %145 = sext i48 %144 to i64
  %146 = trunc i64 %145 to i32
  %147 = ashr i32 %146, 3
  %148 = sext i32 %147 to i64
  %149 = trunc i64 %148 to i48
  %150 = load i48, ptr %3, align 1
  %151 = and i48 %149, 2147483647
  %152 = shl i48 %151, 17
  %153 = and i48 %150, 131071
  %154 = or i48 %153, %152
  store i48 %154, ptr %3, align 1
  %155 = shl i48 %151, 17
  %156 = ashr i48 %155, 17
  %157 = sext i48 %156 to i64
  %158 = load i48, ptr %3, align 1
  %159 = and i48 %158, 131071
  %160 = zext i48 %159 to i64
  %161 = load i48, ptr %3, align 1
  %162 = ashr i48 %161, 17
  %163 = sext i48 %162 to i64
  %164 = getelementptr inbounds nuw %struct.P48, ptr %3, i32 0, i32 1
  %165 = load i16, ptr %164, align 1
  %166 = sext i16 %165 to i32
  %167 = call i32 (ptr, ...) @printf(ptr noundef @.str.5, i64 noundef %160, i64 noundef %163, i32 noundef %166)
  %168 = call i64 @make_p56(i64 noundef 268435455, i64 noundef 19088743)
  store i64 %168, ptr %4, align 1
  %169 = load i56, ptr %4, align 1
  %170 = and i56 %169, 268435455
  %171 = zext i56 %170 to i64
  %172 = add i64 %171, 1
  %173 = trunc i64 %172 to i56
  %174 = load i56, ptr %4, align 1
  %175 = and i56 %173, 268435455
  %176 = and i56 %174, -268435456
  %177 = or i56 %176, %175
  store i56 %177, ptr %4, align 1
  %178 = zext i56 %175 to i64
  %179 = load i56, ptr %4, align 1
  %180 = and i56 %179, 268435455
  %181 = zext i56 %180 to i64
  %182 = load i56, ptr %4, align 1
  %183 = lshr i56 %182, 28
  %184 = zext i56 %183 to i64
  %185 = getelementptr inbounds nuw %struct.P56, ptr %4, i32 0, i32 1
  %186 = load i8, ptr %185, align 1
  %187 = sext i8 %186 to i32
  %188 = call i32 (ptr, ...) @printf(ptr noundef @.str.6, i64 noundef %181, i64 noundef %184, i32 noundef %187)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %5, ptr align 1 @__const.main.p72, i64 9, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %6, ptr align 1 %5, i64 9, i1 false)
  %189 = getelementptr inbounds nuw { i64, i8 }, ptr %6, i32 0, i32 0
  %190 = load i64, ptr %189, align 1
  %191 = getelementptr inbounds nuw { i64, i8 }, ptr %6, i32 0, i32 1
  %192 = load i8, ptr %191, align 1
  %193 = call i64 @sum_p72(i64 %190, i8 %192)
  %194 = call i32 (ptr, ...) @printf(ptr noundef @.str.7, i64 noundef %193)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %7, ptr align 1 @__const.main.p120, i64 16, i1 false)
  %195 = load i120, ptr %7, align 1
  %196 = ashr i120 %195, 60
  %197 = trunc i120 %196 to i64
  %198 = sdiv i64 %197, 2
  %199 = add nsw i64 %198, 3
  %200 = zext i64 %199 to i120
  %201 = load i120, ptr %7, align 1
  %202 = and i120 %200, 1152921504606846975
  %203 = shl i120 %202, 60
  %204 = and i120 %201, 1152921504606846975
  %205 = or i120 %204, %203
  store i120 %205, ptr %7, align 1
  %206 = shl i120 %202, 60
  %207 = ashr i120 %206, 60
  %208 = trunc i120 %207 to i64
  %209 = load i120, ptr %7, align 1
  %210 = and i120 %209, 1152921504606846975
  %211 = trunc i120 %210 to i64
  %212 = shl i64 %211, 4
  %213 = zext i64 %212 to i120
  %214 = load i120, ptr %7, align 1
  %215 = and i120 %213, 1152921504606846975
  %216 = and i120 %214, -1152921504606846976
  %217 = or i120 %216, %215
  store i120 %217, ptr %7, align 1
  %218 = trunc i120 %215 to i64
  %219 = load i120, ptr %7, align 1
  %220 = and i120 %219, 1152921504606846975
  %221 = trunc i120 %220 to i64
  %222 = load i120, ptr %7, align 1
  %223 = ashr i120 %222, 60
  %224 = trunc i120 %223 to i64
  %225 = getelementptr inbounds nuw %struct.P120, ptr %7, i32 0, i32 1
  %226 = load i8, ptr %225, align 1
  %227 = sext i8 %226 to i32
  %228 = call i32 (ptr, ...) @printf(ptr noundef @.str.8, i64 noundef %221, i64 noundef %224, i32 noundef %227)
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %8, ptr align 8 @__const.main.q, i64 16, i1 false)
  %229 = load i64, ptr %8, align 8
  %230 = and i64 %229, 8589934591
  %231 = sub i64 %230, 1
  %232 = load i64, ptr %8, align 8
  %233 = and i64 %231, 8589934591
  %234 = and i64 %232, -8589934592
  %235 = or i64 %234, %233
  store i64 %235, ptr %8, align 8
  %236 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %237 = load i32, ptr %236, align 8
  %238 = shl i32 %237, 12
  %239 = ashr i32 %238, 12
  %240 = add nsw i32 %239, 1
  %241 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %242 = load i32, ptr %241, align 8
  %243 = and i32 %240, 1048575
  %244 = and i32 %242, -1048576
  %245 = or i32 %244, %243
  store i32 %245, ptr %241, align 8
  %246 = shl i32 %243, 12
  %247 = ashr i32 %246, 12
  %248 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %249 = load i32, ptr %248, align 8
  %250 = lshr i32 %249, 20
  %251 = add nsw i32 %250, 1
  %252 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %253 = load i32, ptr %252, align 8
  %254 = and i32 %251, 4095
  %255 = shl i32 %254, 20
  %256 = and i32 %253, 1048575
  %257 = or i32 %256, %255
  store i32 %257, ptr %252, align 8
  %258 = load i64, ptr %8, align 8
  %259 = and i64 %258, 8589934591
  %260 = load i64, ptr %8, align 8
  %261 = lshr i64 %260, 33
  %262 = and i64 %261, 1073741823
  %263 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %264 = load i32, ptr %263, align 8
  %265 = shl i32 %264, 12
  %266 = ashr i32 %265, 12
  %267 = getelementptr inbounds nuw %struct.Q, ptr %8, i32 0, i32 1
  %268 = load i32, ptr %267, align 8
  %269 = lshr i32 %268, 20
  %270 = call i32 (ptr, ...) @printf(ptr noundef @.str.9, i64 noundef %259, i64 noundef %262, i32 noundef %266, i32 noundef %269)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %9, ptr align 1 @__const.main.m, i64 13, i1 false)
  %271 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %272 = load i72, ptr %271, align 1
  %273 = and i72 %272, 1125899906842623
  %274 = trunc i72 %273 to i64
  %275 = xor i64 %274, 5726623061
  %276 = zext i64 %275 to i72
  %277 = load i72, ptr %271, align 1
  %278 = and i72 %276, 1125899906842623
  %279 = and i72 %277, -1125899906842624
  %280 = or i72 %279, %278
  store i72 %280, ptr %271, align 1
  %281 = trunc i72 %278 to i64
  %282 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %283 = load i72, ptr %282, align 1
  %284 = lshr i72 %283, 50
  %285 = trunc i72 %284 to i64
  %286 = trunc i64 %285 to i32
  %287 = ashr i32 %286, 1
  %288 = sext i32 %287 to i64
  %289 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %290 = zext i64 %288 to i72
  %291 = load i72, ptr %289, align 1
  %292 = and i72 %290, 4194303
  %293 = shl i72 %292, 50
  %294 = and i72 %291, 1125899906842623
  %295 = or i72 %294, %293
  store i72 %295, ptr %289, align 1
  %296 = trunc i72 %292 to i64
  %297 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 0
  %298 = load i8, ptr %297, align 1
  %299 = sext i8 %298 to i32
  %300 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 1
  %301 = load i24, ptr %300, align 1
  %302 = and i24 %301, 7
  %303 = zext i24 %302 to i32
  %304 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 1
  %305 = load i24, ptr %304, align 1
  %306 = lshr i24 %305, 3
  %307 = zext i24 %306 to i32
  %308 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %309 = load i72, ptr %308, align 1
  %310 = and i72 %309, 1125899906842623
  %311 = trunc i72 %310 to i64
  %312 = getelementptr inbounds nuw %struct.Mixed, ptr %9, i32 0, i32 2
  %313 = load i72, ptr %312, align 1
  %314 = lshr i72 %313, 50
  %315 = trunc i72 %314 to i64
  %316 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %299, i32 noundef %303, i32 noundef %307, i64 noundef %311, i64 noundef %315)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %10, ptr align 1 @__const.main.p80, i64 10, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %11, ptr align 1 @__const.main.p96, i64 12, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %12, ptr align 1 @__const.main.p104, i64 13, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %13, ptr align 1 @__const.main.p112, i64 14, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %14, ptr align 1 @__const.main.p136, i64 17, i1 false)
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %15, ptr align 1 @__const.main.p160, i64 20, i1 false)
  store i32 0, ptr %16, align 4
  br label %317

317:                                              ; preds = %506, %0
  %318 = load i32, ptr %16, align 4
  %319 = icmp slt i32 %318, 5
  br i1 %319, label %320, label %509

320:                                              ; preds = %317
  %321 = load i80, ptr %10, align 1
  %322 = lshr i80 %321, 36
  %323 = trunc i80 %322 to i64
  %324 = load i80, ptr %10, align 1
  %325 = and i80 %324, 68719476735
  %326 = trunc i80 %325 to i64
  %327 = add i64 %326, %323
  %328 = zext i64 %327 to i80
  %329 = load i80, ptr %10, align 1
  %330 = and i80 %328, 68719476735
  %331 = and i80 %329, -68719476736
  %332 = or i80 %331, %330
  store i80 %332, ptr %10, align 1
  %333 = trunc i80 %330 to i64
  %334 = load i80, ptr %10, align 1
  %335 = and i80 %334, 68719476735
  %336 = trunc i80 %335 to i64
  %337 = shl i64 %336, 3
  %338 = load i80, ptr %10, align 1
  %339 = lshr i80 %338, 36
  %340 = trunc i80 %339 to i64
  %341 = xor i64 %340, %337
  %342 = zext i64 %341 to i80
  %343 = load i80, ptr %10, align 1
  %344 = and i80 %342, 17592186044415
  %345 = shl i80 %344, 36
  %346 = and i80 %343, 68719476735
  %347 = or i80 %346, %345
  store i80 %347, ptr %10, align 1
  %348 = trunc i80 %344 to i64
  %349 = load i96, ptr %11, align 1
  %350 = and i96 %349, 17592186044415
  %351 = trunc i96 %350 to i64
  %352 = sub i64 %351, 12345
  %353 = zext i64 %352 to i96
  %354 = load i96, ptr %11, align 1
  %355 = and i96 %353, 17592186044415
  %356 = and i96 %354, -17592186044416
  %357 = or i96 %356, %355
  store i96 %357, ptr %11, align 1
  %358 = trunc i96 %355 to i64
  %359 = load i96, ptr %11, align 1
  %360 = ashr i96 %359, 44
  %361 = trunc i96 %360 to i64
  %362 = sdiv i64 %361, 3
  %363 = load i32, ptr %16, align 4
  %364 = sext i32 %363 to i64
  %365 = add nsw i64 %362, %364
  %366 = zext i64 %365 to i96
  %367 = load i96, ptr %11, align 1
  %368 = and i96 %366, 4503599627370495
  %369 = shl i96 %368, 44
  %370 = and i96 %367, 17592186044415
  %371 = or i96 %370, %369
  store i96 %371, ptr %11, align 1
  %372 = shl i96 %368, 44
  %373 = ashr i96 %372, 44
  %374 = trunc i96 %373 to i64
  %375 = load i104, ptr %12, align 1
  %376 = lshr i104 %375, 52
  %377 = trunc i104 %376 to i64
  %378 = mul i64 %377, 5
  %379 = load i104, ptr %12, align 1
  %380 = and i104 %379, 4503599627370495
  %381 = trunc i104 %380 to i64
  %382 = add i64 %378, %381
  %383 = zext i64 %382 to i104
  %384 = load i104, ptr %12, align 1
  %385 = and i104 %383, 4503599627370495
  %386 = shl i104 %385, 52
  %387 = and i104 %384, 4503599627370495
  %388 = or i104 %387, %386
  store i104 %388, ptr %12, align 1
  %389 = trunc i104 %385 to i64
  %390 = load i104, ptr %12, align 1
  %391 = and i104 %390, 4503599627370495
  %392 = trunc i104 %391 to i64
  %393 = lshr i64 %392, 1
  %394 = zext i64 %393 to i104
  %395 = load i104, ptr %12, align 1
  %396 = and i104 %394, 4503599627370495
  %397 = and i104 %395, -4503599627370496
  %398 = or i104 %397, %396
  store i104 %398, ptr %12, align 1
  %399 = trunc i104 %396 to i64
  %400 = load i112, ptr %13, align 1
  %401 = and i112 %400, 1125899906842623
  %402 = trunc i112 %401 to i64
  %403 = xor i64 %402, -1
  %404 = zext i64 %403 to i112
  %405 = load i112, ptr %13, align 1
  %406 = and i112 %404, 1125899906842623
  %407 = and i112 %405, -1125899906842624
  %408 = or i112 %407, %406
  store i112 %408, ptr %13, align 1
  %409 = trunc i112 %406 to i64
  %410 = load i112, ptr %13, align 1
  %411 = and i112 %410, 1125899906842623
  %412 = trunc i112 %411 to i64
  %413 = load i112, ptr %13, align 1
  %414 = lshr i112 %413, 50
  %415 = trunc i112 %414 to i64
  %416 = add i64 %415, %412
  %417 = zext i64 %416 to i112
  %418 = load i112, ptr %13, align 1
  %419 = and i112 %417, 4611686018427387903
  %420 = shl i112 %419, 50
  %421 = and i112 %418, 1125899906842623
  %422 = or i112 %421, %420
  store i112 %422, ptr %13, align 1
  %423 = trunc i112 %419 to i64
  %424 = load i136, ptr %14, align 1
  %425 = lshr i136 %424, 126
  %426 = trunc i136 %425 to i32
  %427 = mul nsw i32 %426, 7
  %428 = add nsw i32 %427, 1
  %429 = zext i32 %428 to i136
  %430 = load i136, ptr %14, align 1
  %431 = and i136 %429, 1023
  %432 = shl i136 %431, 126
  %433 = and i136 %430, 85070591730234615865843651857942052863
  %434 = or i136 %433, %432
  store i136 %434, ptr %14, align 1
  %435 = trunc i136 %431 to i32
  %436 = load i136, ptr %14, align 1
  %437 = lshr i136 %436, 63
  %438 = and i136 %437, 9223372036854775807
  %439 = trunc i136 %438 to i64
  %440 = load i136, ptr %14, align 1
  %441 = lshr i136 %440, 126
  %442 = trunc i136 %441 to i32
  %443 = zext i32 %442 to i64
  %444 = add i64 %439, %443
  %445 = zext i64 %444 to i136
  %446 = load i136, ptr %14, align 1
  %447 = and i136 %445, 9223372036854775807
  %448 = shl i136 %447, 63
  %449 = and i136 %446, -85070591730234615856620279821087277057
  %450 = or i136 %449, %448
  store i136 %450, ptr %14, align 1
  %451 = trunc i136 %447 to i64
  %452 = load i136, ptr %14, align 1
  %453 = lshr i136 %452, 63
  %454 = and i136 %453, 9223372036854775807
  %455 = trunc i136 %454 to i64
  %456 = load i136, ptr %14, align 1
  %457 = and i136 %456, 9223372036854775807
  %458 = trunc i136 %457 to i64
  %459 = sub i64 %458, %455
  %460 = zext i64 %459 to i136
  %461 = load i136, ptr %14, align 1
  %462 = and i136 %460, 9223372036854775807
  %463 = and i136 %461, -9223372036854775808
  %464 = or i136 %463, %462
  store i136 %464, ptr %14, align 1
  %465 = trunc i136 %462 to i64
  %466 = load i160, ptr %15, align 1
  %467 = lshr i160 %466, 122
  %468 = trunc i160 %467 to i64
  %469 = mul i64 %468, 1000
  %470 = load i160, ptr %15, align 1
  %471 = and i160 %470, 2305843009213693951
  %472 = trunc i160 %471 to i64
  %473 = add i64 %469, %472
  %474 = zext i64 %473 to i160
  %475 = load i160, ptr %15, align 1
  %476 = and i160 %474, 274877906943
  %477 = shl i160 %476, 122
  %478 = and i160 %475, 5316911983139663491615228241121378303
  %479 = or i160 %478, %477
  store i160 %479, ptr %15, align 1
  %480 = trunc i160 %476 to i64
  %481 = load i160, ptr %15, align 1
  %482 = lshr i160 %481, 61
  %483 = and i160 %482, 2305843009213693951
  %484 = trunc i160 %483 to i64
  %485 = add i64 %484, 7
  %486 = zext i64 %485 to i160
  %487 = load i160, ptr %15, align 1
  %488 = and i160 %486, 2305843009213693951
  %489 = and i160 %487, -2305843009213693952
  %490 = or i160 %489, %488
  store i160 %490, ptr %15, align 1
  %491 = trunc i160 %488 to i64
  %492 = load i160, ptr %15, align 1
  %493 = lshr i160 %492, 122
  %494 = trunc i160 %493 to i64
  %495 = load i160, ptr %15, align 1
  %496 = and i160 %495, 2305843009213693951
  %497 = trunc i160 %496 to i64
  %498 = xor i64 %494, %497
  %499 = zext i64 %498 to i160
  %500 = load i160, ptr %15, align 1
  %501 = and i160 %499, 2305843009213693951
  %502 = shl i160 %501, 61
  %503 = and i160 %500, -5316911983139663489309385231907684353
  %504 = or i160 %503, %502
  store i160 %504, ptr %15, align 1
  %505 = trunc i160 %501 to i64
  br label %506

506:                                              ; preds = %320
  %507 = load i32, ptr %16, align 4
  %508 = add nsw i32 %507, 1
  store i32 %508, ptr %16, align 4
  br label %317, !llvm.loop !6

509:                                              ; preds = %317
  %510 = load i80, ptr %10, align 1
  %511 = and i80 %510, 68719476735
  %512 = trunc i80 %511 to i64
  %513 = load i80, ptr %10, align 1
  %514 = lshr i80 %513, 36
  %515 = trunc i80 %514 to i64
  %516 = load i96, ptr %11, align 1
  %517 = and i96 %516, 17592186044415
  %518 = trunc i96 %517 to i64
  %519 = load i96, ptr %11, align 1
  %520 = ashr i96 %519, 44
  %521 = trunc i96 %520 to i64
  %522 = call i32 (ptr, ...) @printf(ptr noundef @.str.11, i64 noundef %512, i64 noundef %515, i64 noundef %518, i64 noundef %521)
  %523 = load i104, ptr %12, align 1
  %524 = and i104 %523, 4503599627370495
  %525 = trunc i104 %524 to i64
  %526 = load i104, ptr %12, align 1
  %527 = lshr i104 %526, 52
  %528 = trunc i104 %527 to i64
  %529 = load i112, ptr %13, align 1
  %530 = and i112 %529, 1125899906842623
  %531 = trunc i112 %530 to i64
  %532 = load i112, ptr %13, align 1
  %533 = lshr i112 %532, 50
  %534 = trunc i112 %533 to i64
  %535 = call i32 (ptr, ...) @printf(ptr noundef @.str.12, i64 noundef %525, i64 noundef %528, i64 noundef %531, i64 noundef %534)
  %536 = load i136, ptr %14, align 1
  %537 = and i136 %536, 9223372036854775807
  %538 = trunc i136 %537 to i64
  %539 = load i136, ptr %14, align 1
  %540 = lshr i136 %539, 63
  %541 = and i136 %540, 9223372036854775807
  %542 = trunc i136 %541 to i64
  %543 = load i136, ptr %14, align 1
  %544 = lshr i136 %543, 126
  %545 = trunc i136 %544 to i32
  %546 = load i160, ptr %15, align 1
  %547 = and i160 %546, 2305843009213693951
  %548 = trunc i160 %547 to i64
  %549 = load i160, ptr %15, align 1
  %550 = lshr i160 %549, 61
  %551 = and i160 %550, 2305843009213693951
  %552 = trunc i160 %551 to i64
  %553 = load i160, ptr %15, align 1
  %554 = lshr i160 %553, 122
  %555 = trunc i160 %554 to i64
  %556 = call i32 (ptr, ...) @printf(ptr noundef @.str.13, i64 noundef %538, i64 noundef %542, i32 noundef %545, i64 noundef %548, i64 noundef %552, i64 noundef %555)
  store i64 0, ptr %17, align 8
  store i32 0, ptr %18, align 4
  br label %557

557:                                              ; preds = %584, %509
  %558 = load i32, ptr %18, align 4
  %559 = icmp slt i32 %558, 100
  br i1 %559, label %560, label %587

560:                                              ; preds = %557
  %561 = load i40, ptr %5, align 1
  %562 = zext i40 %561 to i64
  %563 = mul i64 %562, 3
  %564 = load i32, ptr %18, align 4
  %565 = zext i32 %564 to i64
  %566 = add i64 %563, %565
  %567 = trunc i64 %566 to i40
  store i40 %567, ptr %5, align 1
  %568 = zext i40 %567 to i64
  %569 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %570 = load i32, ptr %569, align 1
  %571 = zext i32 %570 to i64
  %572 = load i40, ptr %5, align 1
  %573 = zext i40 %572 to i64
  %574 = lshr i64 %573, 7
  %575 = xor i64 %571, %574
  %576 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %577 = trunc i64 %575 to i32
  store i32 %577, ptr %576, align 1
  %578 = zext i32 %577 to i64
  %579 = getelementptr inbounds nuw %struct.P72, ptr %5, i32 0, i32 1
  %580 = load i32, ptr %579, align 1
  %581 = zext i32 %580 to i64
  %582 = load i64, ptr %17, align 8
  %583 = add i64 %582, %581
  store i64 %583, ptr %17, align 8
  br label %584

584:                                              ; preds = %560
  %585 = load i32, ptr %18, align 4
  %586 = add nsw i32 %585, 1
  store i32 %586, ptr %18, align 4
  br label %557, !llvm.loop !8

587:                                              ; preds = %557
  %588 = load i64, ptr %17, align 8
  %589 = call i32 (ptr, ...) @printf(ptr noundef @.str.14, i64 noundef %588)
  %590 = load i64, ptr %17, align 8
  %591 = and i64 %590, 127
  %592 = trunc i64 %591 to i32
  ret i32 %592
}

declare i32 @printf(ptr noundef, ...) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @make_p56(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca %struct.P56, align 1
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %6 = load i64, ptr %4, align 8
  %7 = trunc i64 %6 to i56
  %8 = load i56, ptr %3, align 1
  %9 = and i56 %7, 268435455
  %10 = and i56 %8, -268435456
  %11 = or i56 %10, %9
  store i56 %11, ptr %3, align 1
  %12 = zext i56 %9 to i64
  %13 = load i64, ptr %5, align 8
  %14 = trunc i64 %13 to i56
  %15 = load i56, ptr %3, align 1
  %16 = and i56 %14, 268435455
  %17 = shl i56 %16, 28
  %18 = and i56 %15, 268435455
  %19 = or i56 %18, %17
  store i56 %19, ptr %3, align 1
  %20 = zext i56 %16 to i64
  %21 = getelementptr inbounds nuw %struct.P56, ptr %3, i32 0, i32 1
  store i8 113, ptr %21, align 1
  %22 = load i64, ptr %3, align 1
  ret i64 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define internal i64 @sum_p72(i64 %0, i8 %1) #0 {
  %3 = alloca %struct.P72, align 1
  %4 = alloca { i64, i8 }, align 1
  %5 = getelementptr inbounds nuw { i64, i8 }, ptr %4, i32 0, i32 0
  store i64 %0, ptr %5, align 1
  %6 = getelementptr inbounds nuw { i64, i8 }, ptr %4, i32 0, i32 1
  store i8 %1, ptr %6, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 %4, i64 9, i1 false)
  %7 = load i40, ptr %3, align 1
  %8 = zext i40 %7 to i64
  %9 = getelementptr inbounds nuw %struct.P72, ptr %3, i32 0, i32 1
  %10 = load i32, ptr %9, align 1
  %11 = zext i32 %10 to i64
  %12 = add i64 %8, %11
  ret i64 %12
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
