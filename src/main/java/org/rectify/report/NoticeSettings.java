package org.rectify.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation settings the generated notice prints (domain.md §6): the issuing body (title and
 * signature), the contact block of the supervision invitation and the 版记 (抄送, 印发机关). Properties
 * {@code rectify.notice.*}; a contact field left empty is printed as a placeholder and the preview
 * warns the editor.
 *
 * @param issuer issuing Party group, e.g. 中共深圳市坪山区城市管理局党组
 * @param contactPerson 联系人
 * @param phone 联系电话
 * @param email 电子邮箱
 * @param address 来信地址 (post address with postcode)
 * @param copyTo 版记 抄送 (the bodies the notice is copied to), e.g. 区委巡察办，区委第三巡察组
 * @param printer 版记 印发机关, e.g. 深圳市坪山区城市管理局办公室
 */
@ConfigurationProperties("rectify.notice")
record NoticeSettings(
    @DefaultValue("中共深圳市坪山区城市管理局党组") String issuer,
    String contactPerson,
    String phone,
    String email,
    String address,
    String copyTo,
    String printer) {}
