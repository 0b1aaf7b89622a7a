//! kernel histogram(int64[::1], int32[::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx908"
	.amdhsa_code_object_version 5
	.globl	golden_histogram
	.p2align	8
	.type	golden_histogram,@function
golden_histogram:
	s_load_dword s9, s[4:5], 0x4
	s_load_dwordx4 s[0:3], s[6:7], 0x0
	v_mov_b32_e32 v1, 0
	v_mov_b32_e32 v2, s8
	s_waitcnt lgkmcnt(0)
	s_and_b32 s4, s9, 0xffff
	v_mad_u64_u32 v[0:1], s[4:5], s4, v2, v[0:1]
	v_cmp_gt_i64_e32 vcc, s[2:3], v[0:1]
	s_and_saveexec_b64 s[2:3], vcc
	s_cbranch_execz .LBB0_9
	s_load_dwordx4 s[8:11], s[6:7], 0x18
	s_waitcnt lgkmcnt(0)
	s_cmp_eq_u64 s[10:11], 0
	s_cbranch_scc1 .LBB0_9
	v_lshlrev_b64 v[0:1], 3, v[0:1]
	v_mov_b32_e32 v2, s1
	v_add_co_u32_e32 v0, vcc, s0, v0
	v_addc_co_u32_e32 v1, vcc, v2, v1, vcc
	global_load_dwordx2 v[0:1], v[0:1], off
	s_mov_b32 s2, 0
	s_brev_b32 s3, 1
	s_cmp_lg_u64 s[10:11], -1
	s_cselect_b64 s[0:1], -1, 0
	v_mov_b32_e32 v2, 0
	v_mov_b32_e32 v3, 0
	s_waitcnt vmcnt(0)
	v_cmp_ne_u64_e32 vcc, s[2:3], v[0:1]
	s_or_b64 s[0:1], s[0:1], vcc
	s_and_saveexec_b64 s[4:5], s[0:1]
	s_cbranch_execz .LBB0_8
	v_or_b32_e32 v3, s11, v1
	v_mov_b32_e32 v2, 0
	v_cmp_ne_u64_e32 vcc, 0, v[2:3]
	s_and_saveexec_b64 s[0:1], vcc
	s_xor_b64 s[6:7], exec, s[0:1]
	s_cbranch_execz .LBB0_5
	s_ashr_i32 s0, s11, 31
	s_add_u32 s2, s10, s0
	s_mov_b32 s1, s0
	s_addc_u32 s3, s11, s0
	s_xor_b64 s[12:13], s[2:3], s[0:1]
	v_cvt_f32_u32_e32 v2, s12
	v_cvt_f32_u32_e32 v3, s13
	s_sub_u32 s0, 0, s12
	s_subb_u32 s1, 0, s13
	v_madmk_f32 v2, v3, 0x4f800000, v2
	v_rcp_f32_e32 v2, v2
	v_mul_f32_e32 v2, 0x5f7ffffc, v2
	v_mul_f32_e32 v3, 0x2f800000, v2
	v_trunc_f32_e32 v3, v3
	v_madmk_f32 v2, v3, 0xcf800000, v2
	v_cvt_u32_f32_e32 v3, v3
	v_cvt_u32_f32_e32 v2, v2
	v_mul_lo_u32 v4, s0, v3
	v_mul_hi_u32 v5, s0, v2
	v_mul_lo_u32 v7, s1, v2
	v_mul_lo_u32 v6, s0, v2
	v_add_u32_e32 v4, v5, v4
	v_add_u32_e32 v4, v4, v7
	v_mul_hi_u32 v5, v2, v6
	v_mul_lo_u32 v7, v2, v4
	v_mul_hi_u32 v9, v2, v4
	v_mul_lo_u32 v8, v3, v6
	v_mul_hi_u32 v6, v3, v6
	v_mul_hi_u32 v10, v3, v4
	v_add_co_u32_e32 v5, vcc, v5, v7
	v_addc_co_u32_e32 v7, vcc, 0, v9, vcc
	v_mul_lo_u32 v4, v3, v4
	v_add_co_u32_e32 v5, vcc, v5, v8
	v_addc_co_u32_e32 v5, vcc, v7, v6, vcc
	v_addc_co_u32_e32 v6, vcc, 0, v10, vcc
	v_add_co_u32_e32 v4, vcc, v5, v4
	v_addc_co_u32_e32 v5, vcc, 0, v6, vcc
	v_add_co_u32_e32 v2, vcc, v2, v4
	v_addc_co_u32_e32 v3, vcc, v3, v5, vcc
	v_mul_lo_u32 v4, s0, v3
	v_mul_hi_u32 v5, s0, v2
	v_mul_lo_u32 v6, s1, v2
	v_mul_lo_u32 v7, s0, v2
	v_add_u32_e32 v4, v5, v4
	v_add_u32_e32 v4, v4, v6
	v_mul_lo_u32 v8, v2, v4
	v_mul_hi_u32 v9, v2, v7
	v_mul_hi_u32 v10, v2, v4
	v_mul_hi_u32 v6, v3, v7
	v_mul_lo_u32 v7, v3, v7
	v_mul_hi_u32 v5, v3, v4
	v_add_co_u32_e32 v8, vcc, v9, v8
	v_addc_co_u32_e32 v9, vcc, 0, v10, vcc
	v_mul_lo_u32 v4, v3, v4
	v_add_co_u32_e32 v7, vcc, v8, v7
	v_addc_co_u32_e32 v6, vcc, v9, v6, vcc
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_add_co_u32_e32 v4, vcc, v6, v4
	v_addc_co_u32_e32 v5, vcc, 0, v5, vcc
	v_add_co_u32_e32 v2, vcc, v2, v4
	v_addc_co_u32_e32 v3, vcc, v3, v5, vcc
	v_ashrrev_i32_e32 v4, 31, v1
	v_add_co_u32_e32 v0, vcc, v0, v4
	v_xor_b32_e32 v6, v0, v4
	v_addc_co_u32_e32 v5, vcc, v1, v4, vcc
	v_mad_u64_u32 v[0:1], s[0:1], v6, v3, 0
	v_mul_hi_u32 v7, v6, v2
	v_xor_b32_e32 v5, v5, v4
	v_add_co_u32_e32 v7, vcc, v7, v0
	v_addc_co_u32_e32 v8, vcc, 0, v1, vcc
	v_mad_u64_u32 v[0:1], s[0:1], v5, v2, 0
	v_mad_u64_u32 v[2:3], s[0:1], v5, v3, 0
	v_add_co_u32_e32 v0, vcc, v7, v0
	v_addc_co_u32_e32 v0, vcc, v8, v1, vcc
	v_addc_co_u32_e32 v1, vcc, 0, v3, vcc
	v_add_co_u32_e32 v0, vcc, v0, v2
	v_addc_co_u32_e32 v1, vcc, 0, v1, vcc
	v_mul_lo_u32 v2, s13, v0
	v_mul_lo_u32 v3, s12, v1
	v_mad_u64_u32 v[0:1], s[0:1], s12, v0, 0
	v_add3_u32 v1, v1, v3, v2
	v_sub_u32_e32 v2, v5, v1
	v_mov_b32_e32 v3, s13
	v_sub_co_u32_e32 v0, vcc, v6, v0
	v_subb_co_u32_e64 v2, s[0:1], v2, v3, vcc
	v_subrev_co_u32_e64 v6, s[0:1], s12, v0
	v_subbrev_co_u32_e64 v7, s[2:3], 0, v2, s[0:1]
	v_cmp_le_u32_e64 s[2:3], s13, v7
	v_cndmask_b32_e64 v8, 0, -1, s[2:3]
	v_cmp_le_u32_e64 s[2:3], s12, v6
	v_subb_co_u32_e64 v2, s[0:1], v2, v3, s[0:1]
	v_cndmask_b32_e64 v9, 0, -1, s[2:3]
	v_cmp_eq_u32_e64 s[2:3], s13, v7
	v_subrev_co_u32_e64 v3, s[0:1], s12, v6
	v_subb_co_u32_e32 v1, vcc, v5, v1, vcc
	v_cndmask_b32_e64 v8, v8, v9, s[2:3]
	v_subbrev_co_u32_e64 v2, s[0:1], 0, v2, s[0:1]
	v_cmp_le_u32_e32 vcc, s13, v1
	v_cmp_ne_u32_e64 s[0:1], 0, v8
	v_cndmask_b32_e64 v5, 0, -1, vcc
	v_cmp_le_u32_e32 vcc, s12, v0
	v_cndmask_b32_e64 v2, v7, v2, s[0:1]
	v_cndmask_b32_e64 v7, 0, -1, vcc
	v_cmp_eq_u32_e32 vcc, s13, v1
	v_cndmask_b32_e32 v5, v5, v7, vcc
	v_cmp_ne_u32_e32 vcc, 0, v5
	v_cndmask_b32_e32 v1, v1, v2, vcc
	v_cndmask_b32_e64 v2, v6, v3, s[0:1]
	v_cndmask_b32_e32 v0, v0, v2, vcc
	v_xor_b32_e32 v0, v0, v4
	v_xor_b32_e32 v1, v1, v4
	v_sub_co_u32_e32 v2, vcc, v0, v4
	v_subb_co_u32_e32 v3, vcc, v1, v4, vcc
.LBB0_5:
	s_andn2_saveexec_b64 s[0:1], s[6:7]
	s_cbranch_execz .LBB0_7
	v_cvt_f32_u32_e32 v1, s10
	s_sub_i32 s2, 0, s10
	v_mov_b32_e32 v3, 0
	v_rcp_iflag_f32_e32 v1, v1
	v_mul_f32_e32 v1, 0x4f7ffffe, v1
	v_cvt_u32_f32_e32 v1, v1
	v_mul_lo_u32 v2, s2, v1
	v_mul_hi_u32 v2, v1, v2
	v_add_u32_e32 v1, v1, v2
	v_mul_hi_u32 v1, v0, v1
	v_mul_lo_u32 v1, v1, s10
	v_sub_u32_e32 v0, v0, v1
	v_subrev_u32_e32 v1, s10, v0
	v_cmp_le_u32_e32 vcc, s10, v0
	v_cndmask_b32_e32 v0, v0, v1, vcc
	v_subrev_u32_e32 v1, s10, v0
	v_cmp_le_u32_e32 vcc, s10, v0
	v_cndmask_b32_e32 v2, v0, v1, vcc
.LBB0_7:
	s_or_b64 exec, exec, s[0:1]
	v_xor_b32_e32 v1, s11, v3
	v_xor_b32_e32 v0, s10, v2
	v_cmp_ne_u64_e32 vcc, 0, v[2:3]
	v_cmp_gt_i64_e64 s[0:1], 0, v[0:1]
	v_mov_b32_e32 v0, s11
	s_and_b64 vcc, vcc, s[0:1]
	v_cndmask_b32_e32 v1, 0, v0, vcc
	v_mov_b32_e32 v0, s10
	v_cndmask_b32_e32 v0, 0, v0, vcc
	v_add_co_u32_e32 v0, vcc, v0, v2
	v_addc_co_u32_e32 v1, vcc, v1, v3, vcc
	v_lshlrev_b64 v[2:3], 2, v[0:1]
.LBB0_8:
	s_or_b64 exec, exec, s[4:5]
	v_mov_b32_e32 v1, s9
	v_add_co_u32_e32 v0, vcc, s8, v2
	v_addc_co_u32_e32 v1, vcc, v1, v3, vcc
	v_mov_b32_e32 v2, 1
	global_atomic_add v[0:1], v2, off
.LBB0_9:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_histogram
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 48
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 0
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 0
		.amdhsa_next_free_vgpr 11
		.amdhsa_next_free_sgpr 14
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
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
	.size	golden_histogram, .Lfunc_end0-golden_histogram

	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
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
      - .address_space:  generic
        .offset:         24
        .size:           8
        .value_kind:     global_buffer
      - .offset:         32
        .size:           8
        .value_kind:     by_value
      - .offset:         40
        .size:           8
        .value_kind:     by_value
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 48
    .max_flat_workgroup_size: 1024
    .name:           golden_histogram
    .private_segment_fixed_size: 0
    .sgpr_count:     18
    .sgpr_spill_count: 0
    .symbol:         golden_histogram.kd
    .uses_dynamic_stack: false
    .vgpr_count:     11
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx908
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

//! kernel stencil(float32[:, ::1], float32[:, ::1])
	.text
	.amdgcn_target "amdgcn-amd-amdhsa--gfx908"
	.amdhsa_code_object_version 5
	.globl	golden_stencil
	.p2align	8
	.type	golden_stencil,@function
golden_stencil:
	s_load_dword s0, s[4:5], 0x4
	s_load_dwordx8 s[12:19], s[6:7], 0x0
	v_mov_b32_e32 v2, v0
	v_mov_b32_e32 v3, 0
	v_mov_b32_e32 v0, s8
	s_waitcnt lgkmcnt(0)
	s_lshr_b32 s2, s0, 16
	s_and_b32 s0, s0, 0xffff
	v_mad_u64_u32 v[4:5], s[0:1], s0, v0, v[2:3]
	v_mov_b32_e32 v2, v3
	v_mov_b32_e32 v0, s9
	v_mad_u64_u32 v[0:1], s[0:1], s2, v0, v[1:2]
	s_add_u32 s2, s14, -1
	v_cmp_ne_u64_e32 vcc, 0, v[4:5]
	s_addc_u32 s3, s15, -1
	v_cmp_ne_u64_e64 s[0:1], 0, v[0:1]
	v_cmp_gt_i64_e64 s[2:3], s[2:3], v[4:5]
	s_and_b64 s[0:1], vcc, s[0:1]
	s_and_b64 s[0:1], s[0:1], s[2:3]
	s_add_u32 s2, s16, -1
	s_addc_u32 s3, s17, -1
	v_cmp_gt_i64_e32 vcc, s[2:3], v[0:1]
	s_and_b64 s[0:1], s[0:1], vcc
	s_and_saveexec_b64 s[2:3], s[0:1]
	s_cbranch_execz .LBB0_2
	v_add_co_u32_e32 v8, vcc, -1, v4
	v_mov_b32_e32 v2, s12
	v_addc_co_u32_e32 v9, vcc, -1, v5, vcc
	v_mov_b32_e32 v3, s13
	v_mad_u64_u32 v[6:7], s[0:1], v8, s18, v[2:3]
	v_mul_lo_u32 v10, v8, s19
	v_mul_lo_u32 v11, v9, s18
	v_lshlrev_b64 v[8:9], 2, v[0:1]
	v_mul_lo_u32 v12, v4, s19
	v_add_co_u32_e32 v6, vcc, v6, v8
	v_add3_u32 v0, v11, v7, v10
	v_addc_co_u32_e32 v7, vcc, v0, v9, vcc
	v_mul_lo_u32 v13, v5, s18
	v_mad_u64_u32 v[0:1], s[2:3], v4, s18, v[2:3]
	s_lshl_b64 s[0:1], s[18:19], 1
	v_mov_b32_e32 v11, s1
	v_add_co_u32_e32 v10, vcc, s0, v6
	v_addc_co_u32_e32 v11, vcc, v7, v11, vcc
	v_add3_u32 v1, v13, v1, v12
	v_add_co_u32_e32 v12, vcc, v0, v8
	v_addc_co_u32_e32 v13, vcc, v1, v9, vcc
	global_load_dword v3, v[6:7], off
	global_load_dword v14, v[10:11], off
	global_load_dwordx3 v[0:2], v[12:13], off offset:-4
	s_mov_b32 s4, 0
	s_mov_b32 s5, 0x3fd00000
	s_load_dwordx2 s[0:1], s[6:7], 0x28
	s_load_dwordx2 s[2:3], s[6:7], 0x40
	s_waitcnt lgkmcnt(0)
	v_mul_lo_u32 v10, v4, s3
	v_mul_lo_u32 v5, v5, s2
	s_waitcnt vmcnt(1)
	v_add_f32_e32 v3, v3, v14
	s_waitcnt vmcnt(0)
	v_add_f32_e32 v0, v3, v0
	v_add_f32_e32 v0, v0, v2
	v_cvt_f64_f32_e32 v[6:7], v1
	v_cvt_f64_f32_e32 v[0:1], v0
	v_mov_b32_e32 v3, s1
	v_mov_b32_e32 v2, s0
	v_mad_u64_u32 v[2:3], s[0:1], v4, s2, v[2:3]
	v_fma_f64 v[0:1], v[0:1], s[4:5], -v[6:7]
	v_add3_u32 v3, v5, v3, v10
	v_cvt_f32_f64_e32 v4, v[0:1]
	v_add_co_u32_e32 v0, vcc, v2, v8
	v_addc_co_u32_e32 v1, vcc, v3, v9, vcc
	global_store_dword v[0:1], v4, off
.LBB0_2:
	s_endpgm
	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
	.amdhsa_kernel golden_stencil
		.amdhsa_group_segment_fixed_size 0
		.amdhsa_private_segment_fixed_size 0
		.amdhsa_kernarg_size 80
		.amdhsa_user_sgpr_count 8
		.amdhsa_user_sgpr_private_segment_buffer 1
		.amdhsa_user_sgpr_dispatch_ptr 1
		.amdhsa_user_sgpr_queue_ptr 0
		.amdhsa_user_sgpr_kernarg_segment_ptr 1
		.amdhsa_user_sgpr_dispatch_id 0
		.amdhsa_user_sgpr_flat_scratch_init 0
		.amdhsa_user_sgpr_private_segment_size 0
		.amdhsa_uses_dynamic_stack 0
		.amdhsa_system_sgpr_private_segment_wavefront_offset 0
		.amdhsa_system_sgpr_workgroup_id_x 1
		.amdhsa_system_sgpr_workgroup_id_y 1
		.amdhsa_system_sgpr_workgroup_id_z 0
		.amdhsa_system_sgpr_workgroup_info 0
		.amdhsa_system_vgpr_workitem_id 1
		.amdhsa_next_free_vgpr 15
		.amdhsa_next_free_sgpr 20
		.amdhsa_reserve_vcc 1
		.amdhsa_reserve_flat_scratch 0
		.amdhsa_reserve_xnack_mask 1
		.amdhsa_float_round_mode_32 0
		.amdhsa_float_round_mode_16_64 0
		.amdhsa_float_denorm_mode_32 3
		.amdhsa_float_denorm_mode_16_64 3
		.amdhsa_dx10_clamp 1
		.amdhsa_ieee_mode 1
		.amdhsa_fp16_overflow 0
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
	.size	golden_stencil, .Lfunc_end0-golden_stencil

	.section	".note.GNU-stack","",@progbits
	.amdgpu_metadata
---
amdhsa.kernels:
  - .agpr_count:     0
    .args:
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
    .group_segment_fixed_size: 0
    .kernarg_segment_align: 8
    .kernarg_segment_size: 80
    .max_flat_workgroup_size: 1024
    .name:           golden_stencil
    .private_segment_fixed_size: 0
    .sgpr_count:     24
    .sgpr_spill_count: 0
    .symbol:         golden_stencil.kd
    .uses_dynamic_stack: false
    .vgpr_count:     15
    .vgpr_spill_count: 0
    .wavefront_size: 64
amdhsa.target:   amdgcn-amd-amdhsa--gfx908
amdhsa.version:
  - 1
  - 2
...

	.end_amdgpu_metadata

