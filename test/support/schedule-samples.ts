/**
 * Small tariff schedules in the formats users load, written inline so each test shows the lines
 * it relies on. Codes, units and PGA flags are real HTSUS lines (2026); the dates are chosen so
 * that, on 2026-03-01, one line has expired and one is not yet in force.
 */

/**
 * CBP ACE "HTS PGA report", shaped like the real download: the report date and a blank line above
 * the header, then one 10-digit line per row (chapter 98/99 written with a leading 00).
 */
export const ACE_REPORT_SAMPLE = [
  'HTS Date:,2/21/2026,,,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,,',
  'Tariff Number,Description,Effective Date,Expiration Date,Census Qty 1,Census Qty 2,Census Qty 3,AD Duty,CV Duty,PGA 1,PGA 2,PGA 3,PGA 4,PGA 5,PGA 6,PGA 7,PGA 8,PGA 9,PGA 10',
  '0101210010,"MALE HORSES, PUREBRED BREEDING",2/3/2012,12/31/2030,NO,,,N,N,AM7,FD3,,,,,,,,',
  '0302110010,"TROUT, FRESH OR CHILLED",1/1/2022,12/31/2030,KG,,,N,N,FD2,NM1,FW1,,,,,,,',
  '6109100012,"T-SHIRTS, COTTON, KNIT, MEN\'S",1/1/2012,12/31/2030,DOZ,KG,,N,N,,,,,,,,,,',
  '6403993100,"FOOTWEAR, LEATHER UPPERS",1/1/2007,12/31/2030,PRS,,,N,N,,,,,,,,,,',
  '8471300100,"PORTABLE COMPUTERS, TABLETS",1/1/2017,12/31/2030,NO,,,N,N,,,,,,,,,,',
  '8471500150,"PROCESSING UNITS, OLD LINE",1/1/2017,12/31/2025,NO,,,N,N,,,,,,,,,,',
  '8471500160,"PROCESSING UNITS, NEW LINE",7/1/2026,12/31/2030,NO,,,N,N,,,,,,,,,,',
  '0098010011,"US GOVT PROPERTY,N/T ADV VALUE",1/1/2020,12/31/2030,KG,,,N,N,FD3,,,,,,,,,',
].join('\r\n');

/** The USITC HTS export as JSON: every level is a row; statistical suffixes sit under 8-digit subheadings. */
export const USITC_JSON_SAMPLE = JSON.stringify([
  { htsno: '0101', indent: '0', description: 'Live horses, asses, mules and hinnies:', units: [], general: '', special: '', other: '' },
  { htsno: '', indent: '1', description: 'Horses:', units: [], general: '', special: '', other: '' },
  { htsno: '0101.21.00', indent: '2', description: 'Purebred breeding animals', units: [], general: 'Free', special: '', other: 'Free' },
  { htsno: '0101.21.00.10', indent: '3', description: 'Males', units: ['No.'], general: '', special: '', other: '' },
  { htsno: '0101.21.00.20', indent: '3', description: 'Females', units: ['No.'], general: '', special: '', other: '' },
  { htsno: '0101.30.00.00', indent: '2', description: 'Asses', units: ['No.'], general: '6.8%', special: 'Free', other: '20%' },
  { htsno: '6109.10.00.12', indent: '4', description: "Men's or boys' T-shirts", units: ['doz.', 'kg'], general: '16.5%', special: '', other: '90%' },
  { htsno: '9801.00.10', indent: '1', description: 'Products of the United States returned', units: [], general: 'Free', special: '', other: 'Free' },
]);

/** The same export in its CSV form. */
export const USITC_CSV_SAMPLE = [
  '"HTS Number","Indent","Description","Unit of Quantity","General Rate of Duty","Special Rate of Duty","Column 2 Rate of Duty","Quota Quantity","Additional Duties"',
  '"0101","0","Live horses, asses, mules and hinnies:","","","","","",""',
  '"0101.21.00","2","Purebred breeding animals","","Free","","Free","",""',
  '"0101.21.00.10","3","Males","[""No.""]","","","","",""',
  '"0101.21.00.20","3","Females","[""No.""]","","","","",""',
  '"6109.10.00.12","4","Men\'s or boys\' T-shirts","[""doz."",""kg""]","16.5%","","90%","",""',
].join('\n');
