package org.rectify.supplier;

/**
 * A contractor (承包商/供应商) as registered: name, credit code and whether its registration data was
 * forged.
 */
public record Contractor(long id, String name, String creditCode, boolean forgedRegistration) {}
