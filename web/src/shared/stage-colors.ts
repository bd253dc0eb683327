/** CSS colours for the stage colour names the API sends (SPEC R2.1). */
export const STAGE_COLORS: Record<string, string> = {
  grey: '#6b7280',
  blue: '#2563eb',
  purple: '#7c3aed',
  green: '#16a34a',
  red: '#dc2626',
  orange: '#ea580c',
  yellow: '#ca8a04',
  teal: '#0d9488',
};

export const colorOf = (name: string | undefined) => STAGE_COLORS[name ?? ''] ?? STAGE_COLORS.grey!;
