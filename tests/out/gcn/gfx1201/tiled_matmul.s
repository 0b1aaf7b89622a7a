//! kernel tiled_matmul(float32[:, ::1], float32[:, ::1], float32[:, ::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx1201"
	.amdhsa_code_object_version 5
	.globl	golden_tiled_matmul
	.p2align	8
	.type	golden_tiled_matmul,@function
golden_tiled_matmul:
	s_load_b32 s12, s[0:1], 0x4
	s_load_b256 s[4:11], s[2:3], 0x0
	v_mov_b32_e32 v1, 0
	v_bfe_u32 v8, v0, 10, 10
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_3) | instid1(VALU_DEP_1)
	v_dual_mov_b32 v9, v1 :: v_dual_and_b32 v0, 0x3ff, v0
	s_wait_kmcnt 0x0
	s_lshr_b32 s13, s12, 16
	s_add_nc_u64 s[0:1], s[8:9], 15
	v_mad_co_u64_u32 v[6:7], null, s13, ttmp7, v[8:9]
	s_ashr_i64 s[20:21], s[0:1], 4
	s_and_b32 s1, s12, 0xffff
	v_cmp_lt_i64_e64 s0, s[20:21], 1
	v_mad_co_u64_u32 v[4:5], null, s1, ttmp9, v[0:1]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_3)
	v_lshlrev_b64_e32 v[2:3], 2, v[6:7]
	s_and_b32 vcc_lo, exec_lo, s0
	s_cbranch_vccnz .LBB0_7
	s_load_b256 s[12:19], s[2:3], 0x28
	v_dual_mov_b32 v9, 0 :: v_dual_lshlrev_b32 v12, 2, v8
	v_lshlrev_b32_e32 v1, 6, v0
	v_cmp_gt_i32_e32 vcc_lo, 0, v0
	v_mul_lo_u32 v13, v4, s11
	s_delay_alu instid0(VALU_DEP_4) | instskip(SKIP_3) | instid1(VALU_DEP_2)
	v_add_nc_u32_e32 v16, 64, v12
	v_mul_lo_u32 v14, v5, s10
	v_add_nc_u32_e32 v15, 0x400, v1
	v_mad_co_u64_u32 v[10:11], null, v4, s10, s[4:5]
	v_cndmask_b32_e32 v18, v1, v15, vcc_lo
	v_cmp_gt_i32_e32 vcc_lo, 0, v8
	v_mov_b32_e32 v1, v9
	s_delay_alu instid0(VALU_DEP_4)
	v_add3_u32 v11, v14, v11, v13
	v_cndmask_b32_e32 v15, v12, v16, vcc_lo
	s_wait_kmcnt 0x0
	v_add_co_u32 v12, s1, s12, v2
	v_cmp_gt_i64_e32 vcc_lo, s[6:7], v[4:5]
	v_cmp_gt_i64_e64 s0, s[16:17], v[6:7]
	v_add_nc_u32_e32 v19, v18, v15
	v_dual_mov_b32 v15, v1 :: v_dual_add_nc_u32 v20, 0x400, v15
	v_mov_b32_e32 v17, v9
	v_add_co_ci_u32_e64 v13, s1, s13, v3, s1
	v_mov_b32_e32 v14, v0
	v_dual_mov_b32 v16, v8 :: v_dual_mov_b32 v1, 0
	s_branch .LBB0_3
.LBB0_2:
	s_or_b32 exec_lo, exec_lo, s4
	global_wb scope:SCOPE_SE
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	global_inv scope:SCOPE_SE
	ds_load_2addr_b32 v[29:30], v20 offset1:16
	ds_load_b128 v[21:24], v18
	ds_load_2addr_b32 v[31:32], v20 offset0:32 offset1:48
	ds_load_b128 v[25:28], v18 offset:16
	ds_load_2addr_b32 v[33:34], v20 offset0:64 offset1:80
	v_add_co_u32 v16, s1, v16, 16
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v17, s1, 0, v17, s1
	v_add_co_u32 v14, s1, v14, 16
	v_add_co_ci_u32_e64 v15, s1, 0, v15, s1
	s_add_nc_u64 s[20:21], s[20:21], -1
	s_delay_alu instid0(SALU_CYCLE_1) | instskip(SKIP_2) | instid1(VALU_DEP_1)
	s_cmp_eq_u64 s[20:21], 0
	s_wait_dscnt 0x3
	v_fmac_f32_e32 v1, v21, v29
	v_fmac_f32_e32 v1, v22, v30
	ds_load_2addr_b32 v[29:30], v20 offset0:96 offset1:112
	s_wait_dscnt 0x3
	v_fmac_f32_e32 v1, v23, v31
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v1, v24, v32
	ds_load_2addr_b32 v[31:32], v20 offset0:128 offset1:144
	ds_load_b128 v[21:24], v18 offset:32
	s_wait_dscnt 0x3
	v_fmac_f32_e32 v1, v25, v33
	v_fmac_f32_e32 v1, v26, v34
	ds_load_2addr_b32 v[33:34], v20 offset0:160 offset1:176
	s_wait_dscnt 0x3
	v_fmac_f32_e32 v1, v27, v29
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_4) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v1, v28, v30
	ds_load_b128 v[25:28], v18 offset:48
	ds_load_2addr_b32 v[29:30], v20 offset0:192 offset1:208
	s_wait_dscnt 0x3
	v_fmac_f32_e32 v1, v21, v31
	v_fmac_f32_e32 v1, v22, v32
	ds_load_2addr_b32 v[21:22], v20 offset0:224 offset1:240
	global_wb scope:SCOPE_SE
	s_wait_dscnt 0x0
	s_barrier_signal -1
	s_barrier_wait -1
	v_fmac_f32_e32 v1, v23, v33
	global_inv scope:SCOPE_SE
	v_fmac_f32_e32 v1, v24, v34
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v1, v25, v29
	v_fmac_f32_e32 v1, v26, v30
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_fmac_f32_e32 v1, v27, v21
	v_fmac_f32_e32 v1, v28, v22
	s_cbranch_scc1 .LBB0_7
.LBB0_3:
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_2) | instid1(SALU_CYCLE_1)
	v_cmp_gt_i64_e64 s1, s[8:9], v[16:17]
	ds_store_2addr_stride64_b32 v19, v9, v9 offset1:4
	s_and_b32 s1, vcc_lo, s1
	s_and_saveexec_b32 s4, s1
	s_cbranch_execz .LBB0_5
	v_ashrrev_i32_e32 v0, 31, v17
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_and_b32_e32 v8, s8, v0
	v_and_b32_e32 v0, s9, v0
	v_add_co_u32 v21, s1, v8, v16
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_ci_u32_e64 v22, s1, v0, v17, s1
	v_lshlrev_b64_e32 v[21:22], 2, v[21:22]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_add_co_u32 v21, s1, v10, v21
	v_add_co_ci_u32_e64 v22, s1, v11, v22, s1
	global_load_b32 v0, v[21:22], off
	s_wait_loadcnt 0x0
	ds_store_b32 v19, v0
.LBB0_5:
	s_or_b32 exec_lo, exec_lo, s4
	v_cmp_gt_i64_e64 s1, s[14:15], v[14:15]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(SALU_CYCLE_1)
	s_and_b32 s1, s0, s1
	s_and_saveexec_b32 s4, s1
	s_cbranch_execz .LBB0_2
	v_ashrrev_i32_e32 v0, 31, v15
	s_delay_alu instid0(VALU_DEP_1) | instskip(SKIP_1) | instid1(VALU_DEP_2)
	v_and_b32_e32 v8, s14, v0
	v_and_b32_e32 v0, s15, v0
	v_add_co_u32 v8, s1, v8, v14
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add_co_ci_u32_e64 v0, s1, v0, v15, s1
	v_mul_lo_u32 v23, v8, s19
	v_mad_co_u64_u32 v[21:22], null, v8, s18, v[12:13]
	s_delay_alu instid0(VALU_DEP_3) | instskip(NEXT) | instid1(VALU_DEP_1)
	v_mul_lo_u32 v0, v0, s18
	v_add3_u32 v22, v0, v22, v23
	global_load_b32 v0, v[21:22], off
	s_wait_loadcnt 0x0
	ds_store_b32 v19, v0 offset:1024
	s_branch .LBB0_2
.LBB0_7:
	s_load_b256 s[4:11], s[2:3], 0x50
	s_wait_kmcnt 0x0
	s_delay_alu instid0(VALU_DEP_2) | instskip(SKIP_1) | instid1(VALU_DEP_1)
	v_cmp_gt_i64_e32 vcc_lo, s[6:7], v[4:5]
	v_cmp_gt_i64_e64 s0, s[8:9], v[6:7]
	s_and_b32 s0, vcc_lo, s0
	s_delay_alu instid0(SALU_CYCLE_1)
	s_and_saveexec_b32 s1, s0
	s_cbranch_execz .LBB0_9
	v_mul_lo_u32 v0, v4, s11
	v_mul_lo_u32 v6, v5, s10
	v_mad_co_u64_u32 v[4:5], null, v4, s10, s[4:5]
	s_delay_alu instid0(VALU_DEP_1) | instskip(NEXT) | instid1(VALU_DEP_2)
	v_add3_u32 v0, v6, v5, v0
	v_add_co_u32 v2, vcc_lo, v4, v2
	s_delay_alu instid0(VALU_DEP_2)
	v_add_co_ci_u32_e32 v3, vcc_lo, v0, v3, vcc_lo
	global_store_b32 v[2:3], v1, off
.LBB0_9:
	s_nop 0
	s_sendmsg sendmsg(MSG_DEALLOC_VGPRS)
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_tiled_matmul
		.amdhsa_group_segment_fixed_size 2048
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 120
		.amdhsa_user_sgpr_count 4
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_wavefront_size32 1
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_enable_private_segment 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 1
		.amdhsa_next_free_vgpr 35
		.amdhsa_next_free_sgpr 22
		.amdhsa_reserve_vcc 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_fp16_overflow 0
		.amdhsa_workgroup_processor_mode 1
		.amdhsa_memory_ordered 1
		.amdhsa_forward_progress 0
		.amdhsa_round_robin_scheduling 0
		.amdhsa_exception_fp_ieee_invalid_op 0
		.amdhsa_exception_fp_denorm_src 0
		.amdhsa_exception_fp_ieee_div_zero 0
		.amdhsa_exception_fp_ieee_overflow 0
		.amdhsa_exception_fp_ieee_underflow 0
		.amdhsa_exception_fp_ieee_inexact 0
		.amdhsa_exception_int_div_zero 0
	.end_amdhsa_kernel
	.text
.Lfunc_end0:
	.size	golden_tiled_matmul, .Lfunc_end0-golden_tiled_matmul

	.p2alignl 7, 3214868480
	.fill 96, 4, 3214868480
	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .args:
      - .address_space:  generic
        .offset:         0
        .size:           8
        .value_kind:     global_buffer
      - .offset:         8
        .size:           8
        .value_kind:     by_value
      - .offset:         16
        .size:           8
        .value_kind:     by_value
      - .offset:         24
        .size:           8
        .value_kind:     by_value
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         40
        .size:           8
        .value_kind:     global_buffer
      - .offset:         48
        .size:           8
        .value_kind:     by_value
      - .offset:         56
        .size:           8
        .value_kind:     by_value
      - .offset:         64
        .size:           8
        .value_kind:     by_value
      - .offset:         72
        .size:           8
        .value_kind:     by_value
      - .address_space:  generic
        .offset:         80
        .size:           8
        .value_kind:     global_buffer
      - .offset:         88
        .size:           8
        .value_kind:     by_value
      - .offset:         96
        .size:           8
        .value_kind:     by_value
      - .offset:         104
        .size:           8
        .value_kind:     by_value
      - .offset:         112
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 2048
    .kernarg_segment_align: 8
    .kernarg_segment_size: 120
    .max_flat_workgroup_size: 1024
    .name:           golden_tiled_matmul
    .private_segment_fixed_size: 0
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         golden_tiled_matmul.kd
    .uses_dynamic_stack: false
    .vgpr_count:     35
    .vgpr_spill_count: 0
    .wavefront_size: 32
    .workgroup_processor_mode: 1
amdhsa.target:   amdgcn-amd-amdhsa--gfx1201
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

