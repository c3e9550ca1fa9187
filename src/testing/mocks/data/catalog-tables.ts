// The platform's regression-test categories as a 2026 run has them (237 results), with sample names, tags and
// the CCExtractor commands each category runs.
import type { InputType, OutputType } from './api-types';
import type { CaptionFormat, CaptionStyle } from './captions';

export type CommandSpec = {
  command: string;
  format: CaptionFormat | 'raw' | 'none';
  /** expected_filename suffixes, one output each; default one output with no suffix. */
  suffixes?: string[];
  outputType?: OutputType;
  inputType?: InputType;
  expectedRc?: number;
  style?: CaptionStyle;
  mode?: string;
  xds?: boolean;
};

export type CategorySpec = {
  name: string;
  results: number;
  samples: { name: string; tags: string[] }[];
  commands: CommandSpec[];
};

const s = (name: string, ...tags: string[]) => ({ name, tags });

export const CATEGORIES: CategorySpec[] = [
  {
    name: 'Broken',
    results: 13,
    samples: [
      s('broken_pmt_cnn_2014-01-08.ts', 'ATSC', 'broken'),
      s('truncated_capture_0427.mpg', 'broken'),
      s('corrupt_pes_header_wral.ts', 'ATSC', 'broken'),
      s('no_pat_pid_kron.ts', 'broken'),
      s('garbage_after_eof.mpg', 'broken'),
      s('bad_cc_count_fox5.ts', 'ATSC', 'broken'),
      s('discontinuity_storm_wcbs.ts', 'ATSC', 'broken'),
      s('zero_length_gop.mpg', 'broken'),
      s('partial_download_0912.mp4', 'MP4', 'broken'),
      s('scrambled_pid_0x1FFF.ts', 'broken'),
      s('wrong_pcr_wjla_2013.ts', 'ATSC', 'broken'),
      s('half_written_recording.wtv', 'WTV', 'broken'),
    ],
    commands: [
      { command: '--autoprogram --out=srt --latin1', format: 'srt' },
      { command: '--out=srt --fixptsjumps', format: 'srt' },
      { command: '--autoprogram --out=ttxt --latin1', format: 'ttxt' },
    ],
  },
  {
    name: 'CEA-708',
    results: 14,
    samples: [
      s('atsc_wnyw_708_2013-05-10.ts', 'ATSC', 'CEA-708', 'HD'),
      s('ABC7_HD_708_2014-02-03.ts', 'ATSC', 'CEA-708', 'HD'),
      s('KCBS_708_dual_service.ts', 'ATSC', 'CEA-708'),
      s('708_rollup_test_stream.ts', 'CEA-708', 'roll-up'),
      s('cea708_eight_services.ts', 'CEA-708'),
      s('WETA_PBS_708_2012-10-01.ts', 'ATSC', 'CEA-708'),
      s('KNBC_708_spanish_svc2.ts', 'ATSC', 'CEA-708', 'Spanish'),
      s('708_pen_attributes.ts', 'CEA-708'),
    ],
    commands: [
      { command: '--service 1 --out=srt', format: 'srt', suffixes: ['.p1.svc01'], outputType: 'cea708' },
      { command: '--service 1,2 --out=srt', format: 'srt', suffixes: ['.p1.svc01', '.p1.svc02'], outputType: 'cea708' },
      { command: '-svc 1 -out=webvtt', format: 'vtt', suffixes: ['.p1.svc01'], outputType: 'cea708' },
    ],
  },
  {
    name: 'DVB',
    results: 7,
    samples: [
      s('SVT1_dvbsub_2016-01-12.ts', 'DVB', 'dvbsub'),
      s('BBC1_HD_2013-03-15.ts', 'DVB', 'dvbsub', 'HD'),
      s('RAI1_dvbsub_2015-06-21.ts', 'DVB', 'dvbsub'),
      // A long original name as maintainers upload them: lists and headings cut it in the middle (scenarios.longName).
      s('NRK1_Dagsrevyen_2014-09-03_1900_full_DVB-T_mux_capture_with_dvbsub_and_teletext_1080i.ts', 'DVB', 'dvbsub'),
      s('TVE1_dvbsub_2017-04-30.ts', 'DVB', 'dvbsub', 'Spanish'),
    ],
    commands: [
      { command: '--codec dvbsub --out=srt', format: 'srt', style: 'drama' },
      { command: '--codec dvbsub --out=srt --ocrlang eng', format: 'srt', style: 'drama' },
    ],
  },
  {
    name: 'DVD',
    results: 3,
    samples: [s('VTS_01_1.VOB', 'DVD'), s('dvd_cc_field2.vob', 'DVD'), s('Friends_S01_disc2.vob', 'DVD')],
    commands: [{ command: '--out=srt', format: 'srt', style: 'drama' }],
  },
  {
    name: 'DVR-MS',
    results: 2,
    samples: [s('Ahora_2008-03-12.dvr-ms', 'DVR-MS'), s('mce_recording_2006.dvr-ms', 'DVR-MS')],
    commands: [{ command: '--out=srt', format: 'srt' }],
  },
  {
    name: 'General',
    results: 27,
    samples: [
      s('KTVU_Fox2_2012-11-06.ts', 'ATSC', 'CEA-608'),
      s('CNN_720p_2014-06-02.ts', 'ATSC', 'CEA-608', 'HD'),
      s('WPIX_2011-03-02.mpg', 'CEA-608'),
      s('Univision_multiprogram_2015-09-16.ts', 'ATSC', 'multiprogram', 'Spanish'),
      s('NBC_Olympics_2012-08-12_4h.ts', 'ATSC', 'CEA-608', 'long'),
      s('KGO_ABC7_2014-11-04.ts', 'ATSC', 'CEA-608'),
      s('PBS_NewsHour_2015-05-20_loop.ts', 'ATSC', 'CEA-608', 'long'),
      s('apple_trailer_c608.mp4', 'MP4', 'CEA-608'),
      s('kqed_2015-08-13.ts', 'ATSC', 'CEA-608'),
      s('WGBH_Nova_2010-02-09.mpg', 'CEA-608'),
      s('ESPN_HD_2013-10-21.ts', 'ATSC', 'CEA-608', 'HD'),
      s('cbs_evening_news_2016-02-11.ts', 'ATSC', 'CEA-608'),
      s('WSB_Atlanta_2012-07-04.ts', 'ATSC', 'CEA-608'),
      s('TLC_capture_1080i.ts', 'CEA-608', 'HD'),
      s('local_news_2009-11-17.mpg', 'CEA-608'),
      s('KING5_Seattle_2013-01-22.ts', 'ATSC', 'CEA-608'),
      s('comedy_central_2011-06-30.mpg', 'CEA-608'),
      s('WFLD_Fox32_2014-03-08.ts', 'ATSC', 'CEA-608'),
      s('h264_field_order_test.ts', 'CEA-608', 'H.264'),
      s('KPIX_CBS5_2015-12-01.ts', 'ATSC', 'CEA-608'),
      s('CSPAN2_senate_2013-09-24.ts', 'ATSC', 'CEA-608'),
      s('QVC_shopping_2010-05-05.mpg', 'CEA-608'),
    ],
    commands: [
      { command: '--autoprogram --out=srt --latin1', format: 'srt' },
      { command: '--autoprogram --out=ttxt --latin1', format: 'ttxt' },
      { command: '--out=webvtt', format: 'vtt' },
      { command: '--autoprogram --out=srt', format: 'srt', style: 'rollup' },
    ],
  },
  {
    name: 'Hardsubx',
    results: 1,
    samples: [s('hardsub_yellow_720p.mp4', 'hardsubs', 'OCR')],
    commands: [{ command: '--hardsubx --subcolor yellow --detect_italics --out=srt', format: 'srt', style: 'drama' }],
  },
  {
    name: 'Hauppage',
    results: 3,
    samples: [
      s('hauppauge_pvr250_cc.mpg', 'Hauppauge'),
      s('hauppauge_hdpvr_2011-04-18.ts', 'Hauppauge', 'HD'),
      s('hvr1950_capture.mpg', 'Hauppauge'),
    ],
    commands: [{ command: '--hauppauge --out=srt', format: 'srt' }],
  },
  {
    name: 'MP4',
    results: 3,
    samples: [s('iphone_cc_608.mp4', 'MP4', 'CEA-608'), s('c608_in_mp4_track.mp4', 'MP4', 'CEA-608'), s('tx3g_subtitles.mp4', 'MP4')],
    commands: [{ command: '--out=srt', format: 'srt', style: 'drama' }],
  },
  {
    name: 'NoCC',
    results: 10,
    samples: [
      s('no_captions_promo.ts', 'NoCC'),
      s('silent_test_pattern.mpg', 'NoCC'),
      s('radio_stream_only.ts', 'NoCC', 'audio'),
      s('bars_and_tone_1080i.ts', 'NoCC', 'HD'),
      s('ad_insert_no_cc.ts', 'NoCC'),
      s('home_video_2012.mp4', 'NoCC', 'MP4'),
      s('security_cam_feed.ts', 'NoCC'),
      s('vhs_transfer_1994.mpg', 'NoCC'),
      s('weather_radar_loop.ts', 'NoCC'),
      s('empty_cc_packets.ts', 'NoCC', 'CEA-608'),
    ],
    commands: [{ command: '--autoprogram --out=srt', format: 'none', outputType: 'null', expectedRc: 10 }],
  },
  {
    name: 'Options',
    results: 86,
    samples: [
      s('KTVU_options_2013-04-01.ts', 'ATSC', 'CEA-608'),
      s('field2_cc3_cc4_test.mpg', 'CEA-608', 'CC3'),
      s('KQED_drama_2015-08-13.ts', 'ATSC', 'CEA-608'),
      s('Raw608_capture.bin', 'raw', 'CEA-608'),
      s('Discovery_HD_2012-02-14.ts', 'ATSC', 'HD'),
      s('KTLA_2010-12-31_countdown.ts', 'ATSC', 'CEA-608'),
      s('ESPN2_2014-07-13.ts', 'ATSC', 'CEA-608'),
      s('startat_endat_reference.ts', 'CEA-608'),
      s('roll_up_4_lines.mpg', 'CEA-608', 'roll-up'),
      s('paint_on_captions.ts', 'CEA-608', 'paint-on'),
      s('KRON4_2011-09-11.ts', 'ATSC', 'CEA-608'),
      s('mpeg2_608_in_gop_user_data.mpg', 'CEA-608'),
      s('dish_network_capture.ts', 'CEA-608'),
      s('WTTG_Fox5_2013-06-05.ts', 'ATSC', 'CEA-608'),
      s('sentencecap_dictionary.ts', 'CEA-608'),
      s('ESPN_HD_2013-10-21_marathon.ts', 'ATSC', 'CEA-608', 'long'),
      s('KABC_2012-02-26_oscars.ts', 'ATSC', 'CEA-608'),
      s('udp_multicast_dump.ts', 'CEA-608', 'UDP'),
      s('WNBC_2014-01-01.ts', 'ATSC', 'CEA-608'),
      s('timecode_gap_2015.mpg', 'CEA-608'),
      s('KCAL9_2016-03-03.ts', 'ATSC', 'CEA-608'),
      s('xmltv_epg_dump.ts', 'ATSC', 'EPG'),
      s('WUSA9_2012-11-06.ts', 'ATSC', 'CEA-608'),
      s('bbc_america_2013.mpg', 'CEA-608'),
      s('autodash_channel_change.ts', 'ATSC', 'CEA-608'),
      s('WGN_2011-02-06.ts', 'ATSC', 'CEA-608'),
      s('cc_in_mpeg4_avc.ts', 'CEA-608', 'H.264'),
      s('KSTP_2014-10-29.ts', 'ATSC', 'CEA-608'),
      s('nfl_network_2015.ts', 'ATSC', 'CEA-608'),
      s('music_video_cc.mpg', 'CEA-608'),
      s('KTVK_2013-08-19.ts', 'ATSC', 'CEA-608'),
      s('lf_reference_clip.ts', 'CEA-608'),
      s('WXIA_2012-12-21.ts', 'ATSC', 'CEA-608'),
      s('hbo_feed_2014.mpg', 'CEA-608'),
    ],
    commands: [
      { command: '-12 --out=srt', format: 'srt' },
      { command: '--no_fontcolor --out=srt', format: 'srt' },
      { command: '--no_typesetting --out=srt', format: 'srt' },
      { command: '--sentencecap --out=srt', format: 'srt' },
      { command: '-trim --out=srt', format: 'srt' },
      { command: '--out=ttxt', format: 'ttxt' },
      { command: '--out=webvtt', format: 'vtt' },
      { command: '--out=smptett', format: 'xml' },
      { command: '-startat 00:01:00 -endat 00:03:00 --out=srt', format: 'srt' },
      { command: '--datets --out=ttxt', format: 'ttxt' },
      { command: '-UCLA --out=ttxt', format: 'ttxt' },
      { command: '--out=srt -lf', format: 'srt' },
      { command: '--out=report', format: 'json', outputType: 'report' },
      { command: '-utf8 --out=srt', format: 'srt', style: 'drama' },
      { command: '--delay 500 --out=srt', format: 'srt' },
      { command: '--noautotimeref --out=ttxt', format: 'ttxt' },
      { command: '-cc2 --out=srt', format: 'srt' },
      { command: '--out=srt --stdout', format: 'srt', outputType: 'stdout' },
      { command: '-udp 1234 --out=srt', format: 'srt', inputType: 'udp' },
      { command: '--out=srt -', format: 'srt', inputType: 'stdin' },
    ],
  },
  {
    name: 'Teletext',
    results: 21,
    samples: [
      s('ZDF_HD_teletext_2015-02-02.ts', 'DVB', 'teletext', 'German'),
      s('ARD_Teletext_150_2014-11-09.ts', 'DVB', 'teletext', 'German'),
      s('BBC1_teletext_888_2011-05-06.ts', 'DVB', 'teletext'),
      s('SVT_ttx_199_2013.ts', 'DVB', 'teletext', 'Swedish'),
      s('ORF2_tt_777_2016-01-15.ts', 'DVB', 'teletext', 'German'),
      s('NRK_TXT_2012-08-30.ts', 'DVB', 'teletext'),
      s('RTL_teletext_150_2015.ts', 'DVB', 'teletext', 'German'),
      s('Channel4_888_2010-10-10.ts', 'DVB', 'teletext'),
      s('YLE_TV1_333_2014.ts', 'DVB', 'teletext'),
      s('DR1_teletext_2016-06-12.ts', 'DVB', 'teletext'),
      s('TVP1_777_2015-03-01.ts', 'DVB', 'teletext'),
      s('arte_teletext_150_2013.ts', 'DVB', 'teletext'),
    ],
    commands: [
      { command: '--teletext --tpage 888 --out=srt', format: 'srt', style: 'drama' },
      { command: '--tpage 150 --out=ttxt', format: 'ttxt', style: 'german', mode: '150' },
      { command: '--teletext --tpage 777 --latin1 --out=srt', format: 'srt', style: 'german' },
    ],
  },
  {
    name: 'WTV',
    results: 13,
    samples: [
      s('wtv_sample_08.wtv', 'WTV'),
      s('Recorded_TV_NBC_2011-05-02.wtv', 'WTV'),
      s('wtv_mpeg2_hd.wtv', 'WTV', 'HD'),
      s('KING5_News_2013-03-14.wtv', 'WTV'),
      s('wtv_h264_sample_02.wtv', 'WTV', 'H.264'),
      s('Media_Center_CBS_2012.wtv', 'WTV'),
      s('wtv_sample_11.wtv', 'WTV'),
      s('PBS_Kids_2014-09-22.wtv', 'WTV'),
      s('wtv_dvbt_uk_2013.wtv', 'WTV', 'DVB'),
      s('Recorded_TV_FOX_2010-11-28.wtv', 'WTV'),
    ],
    commands: [
      { command: '--out=srt', format: 'srt' },
      { command: '--wtvconvertfix --out=srt', format: 'srt' },
    ],
  },
  {
    name: 'XDS',
    results: 34,
    samples: [
      s('cnn_xds_2010-04-20.mpg', 'XDS', 'CEA-608'),
      s('KTVU_xds_test.ts', 'XDS', 'ATSC'),
      s('C-SPAN_xds_marathon_2014.ts', 'XDS', 'ATSC', 'long'),
      s('WRAL_xds_2012-06-18.ts', 'XDS', 'ATSC'),
      s('pbs_xds_ratings.mpg', 'XDS'),
      s('KPBS_xds_2013-02-27.ts', 'XDS', 'ATSC'),
      s('xds_time_of_day.mpg', 'XDS'),
      s('WCVB_xds_2015-01-26.ts', 'XDS', 'ATSC'),
      s('KSDK_xds_2011-08-08.ts', 'XDS', 'ATSC'),
      s('xds_network_name_test.ts', 'XDS'),
      s('WMAQ_xds_2014-04-15.ts', 'XDS', 'ATSC'),
      s('KCRA_xds_2012-10-31.ts', 'XDS', 'ATSC'),
      s('xds_content_advisory.mpg', 'XDS'),
      s('WFAA_xds_2016-05-09.ts', 'XDS', 'ATSC'),
    ],
    commands: [
      { command: '-out=ttxt -xds', format: 'ttxt', xds: true },
      { command: '--autoprogram --out=ttxt --latin1 --ucla --xds', format: 'ttxt', xds: true },
      { command: '--out=ttxt --xds --datets', format: 'ttxt', xds: true },
    ],
  },
];
