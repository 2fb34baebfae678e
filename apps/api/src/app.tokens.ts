/** Injection token of the validated KartastoConfig. */
export const CONFIG = Symbol('KartastoConfig');
