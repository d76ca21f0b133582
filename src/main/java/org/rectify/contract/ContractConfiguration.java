package org.rectify.contract;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ContractProperties} ({@code rectify.contract.*}). */
@Configuration
@EnableConfigurationProperties(ContractProperties.class)
class ContractConfiguration {}
