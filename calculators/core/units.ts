/** Unit conversion constants: the engine works in Wh, gCO2e, gCO2e/kWh, W, s and h. */
export const WH_PER_KWH = 1_000;
export const WH_PER_MWH = 1_000_000;
export const G_PER_KG = 1_000;
export const G_PER_TONNE = 1_000_000;
export const S_PER_H = 3_600;
export const H_PER_YEAR = 8_760;
export const J_PER_WH = 3_600;

/** gCO2e from Wh at an intensity in gCO2e/kWh. */
export function emissionsG(energyWh: number, intensityGPerKWh: number): number {
  return (energyWh * intensityGPerKWh) / WH_PER_KWH;
}
