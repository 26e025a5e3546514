/** Crime types a case can involve; values are stable identifiers, labels are for editors. */
export const crimeTypes = [
  'corruption',
  'money-laundering',
  'fraud',
  'telecom-fraud',
  'drug-trafficking',
  'human-trafficking',
  'cybercrime',
  'smuggling',
  'wildlife-trafficking',
  'terrorism',
  'organized-crime',
] as const

export const cooperationTypes = [
  'mutual-legal-assistance',
  'extradition',
  'asset-recovery',
  'joint-investigation',
  'transfer-of-proceedings',
  'transfer-of-sentenced-persons',
  'information-exchange',
] as const
