/** The vendor whose partner program this is (VENDOR_NAME); pages and emails name it. */
export const vendorName = () => process.env.VENDOR_NAME?.trim() || "Contoso Cloud";
