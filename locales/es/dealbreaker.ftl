## Dealbreaker check: is this workable, or dealbreaker territory?

dealbreaker-title = ¿Tiene arreglo o es motivo de ruptura?
dealbreaker-summary = Unas preguntas sobre lo que pasó y cómo se manejó, y después una lectura.
dealbreaker-recap = Estabas a mitad de ver si esto tiene arreglo.
dealbreaker-recap-what = Ibas a contarme qué pasó.
dealbreaker-recap-response = Me habías contado qué pasó; lo siguiente era cómo reaccionó tu pareja.
dealbreaker-recap-willing = Lo siguiente era si tu pareja quiere entender por qué pasó.
dealbreaker-recap-pattern = Lo siguiente era si esto ya había pasado antes.
dealbreaker-recap-concealment = Lo siguiente era cuánto se ocultó.
dealbreaker-recap-affair = Lo siguiente era cuánta cercanía hay en esa otra relación.
dealbreaker-recap-commitment = Lo siguiente era cómo ves el compromiso de tu pareja.
dealbreaker-recap-need = Lo siguiente era qué necesitarías para volver a confiar.
dealbreaker-recap-safety = Estabas al principio, con una pregunta sobre tu seguridad.
dealbreaker-safety-yes = Aun así, puedes mirar aquí lo que pasó, a tu ritmo. Diga lo que diga la lectura, nada en ella te pide enfrentarte a nadie.
dealbreaker-safety-continue = Seguir con las preguntas

dealbreaker-intro =
    Vamos a mirar lo que pasó, paso a paso.

    Te haré unas nueve preguntas cortas. Al final tendrás una lectura: si las situaciones como la tuya suelen tener arreglo, si tienden a ser motivo de ruptura o si quedan en un punto intermedio, junto con cada razón que apuntó en una u otra dirección.

    Es una lectura, no un veredicto. Sabes cosas de tu relación que ninguna lista de preguntas puede captar, y la decisión es solo tuya.

    Esta revisión está pensada para quien sopesa lo que hizo su pareja. Si fuiste tú quien lo hizo, elige “Fui yo quien lo hizo” aquí abajo.
dealbreaker-begin = Empecemos
dealbreaker-did-btn = Fui yo quien lo hizo

dealbreaker-did =
    Esta revisión es para quien está decidiendo si puede seguir adelante después de lo que hizo su pareja, así que sus preguntas no encajan con tu lado.

    Hay una conversación pensada para ti: nombrar lo que pasó sin hacerlo más pequeño, qué decirle a tu pareja y cómo reconstruir la confianza. Querer mirarlo con honestidad ya es un buen comienzo.

dealbreaker-q-what = ¿Qué pasó? Elige lo que más se parezca. Si fueron varias cosas pequeñas, elige “Varias de estas”: las cosas pequeñas suelen sumar.
dealbreaker-what-several = Varias de estas
dealbreaker-q-several = Vamos a verlas juntas. ¿Cuál te pesa más? Elígela primero y después te pregunto por las demás.
dealbreaker-q-also = ¿Qué más? Elige la siguiente.
dealbreaker-q-also-2 = ¿Algo más? Elige otra, o “Eso es todo”.
dealbreaker-also-done = Eso es todo
dealbreaker-q-what-other = En una o dos frases, ¿qué pasó? Lo guardaré solo hasta que termine esta revisión. También puedes saltarte esta pregunta.

dealbreaker-q-response = Cuando salió el tema, ¿cómo reaccionó tu pareja?
dealbreaker-response-owned = Lo reconoció con honestidad
dealbreaker-response-minimised = Le restó importancia
dealbreaker-response-deflected = Cambió de tema o lo esquivó
dealbreaker-response-turned-around = Le dio la vuelta y me culpó a mí
dealbreaker-response-denied = Negó lo que estaba a la vista
dealbreaker-response-angry = Se enojó conmigo por preguntar
dealbreaker-response-not-raised = Aún no he sacado el tema

dealbreaker-not-raised =
    Es bueno saberlo. La forma en que alguien reacciona cuando sale este tema suele decir más que el comportamiento en sí, y esa parte todavía no ha pasado.

    Puedes preparar primero esa conversación, o seguir aquí con lo que sabes ahora y volver más tarde.
dealbreaker-prepare-raise = Ayúdame a preparar cómo plantearlo
dealbreaker-continue-anyway = Seguir con lo que sé

dealbreaker-q-willing = ¿Tu pareja parece tener ganas de mirar con honestidad por qué pasó?
dealbreaker-willing-yes = Sí, quiere entenderlo
dealbreaker-willing-unsure = Todavía no lo sé
dealbreaker-willing-no = No, no quiere entrar ahí

dealbreaker-q-pattern = ¿Es la primera vez, o ya había pasado algo parecido?
dealbreaker-pattern-first = La primera vez, que yo sepa
dealbreaker-pattern-changed = Ya pasó, y las cosas cambiaron al hablarlo
dealbreaker-pattern-unchanged = Ya lo hablé antes y nada cambió
dealbreaker-pattern-unsure = No lo tengo claro

dealbreaker-q-concealment = ¿Cuánto se te ocultó?
dealbreaker-concealment-open = Nada, en realidad; estaba a la vista
dealbreaker-concealment-some = Algunas cosas se callaron
dealbreaker-concealment-extensive = Mucho: cuentas ocultas, mensajes borrados o mentiras
dealbreaker-concealment-unsure = Todavía no lo sé

dealbreaker-q-affair = ¿La relación con la otra persona se ha convertido en algo que funciona como una pareja: cercanía diaria, apoyo emocional, compartir lo que no comparte contigo?
dealbreaker-affair-no = No, no ha llegado a eso
dealbreaker-affair-unsure = No sabría decirlo
dealbreaker-affair-yes = Sí, eso parece

dealbreaker-q-commitment = Con sinceridad, y dejando la esperanza a un lado un momento: ¿cuánto compromiso con la relación ves en tu pareja?
dealbreaker-commitment-committed = Hay compromiso, aunque se equivocó
dealbreaker-commitment-unsure = De verdad no lo sé
dealbreaker-commitment-not = Creo que no se implica del todo

dealbreaker-q-need = ¿Y tú? ¿Qué necesitarías para volver a sentir seguridad con tu pareja?
dealbreaker-need-transparency-btn = Transparencia, durante bastante tiempo
dealbreaker-need-time-btn = Tiempo, sin prisas
dealbreaker-need-distance-btn = Que termine el contacto con esa persona
dealbreaker-need-support-btn = Ayuda de fuera, como una terapia
dealbreaker-need-unsure-btn = Todavía no lo sé
dealbreaker-need-cannot-btn = No sé si puedo con esto


dealbreaker-leaning-workable = Las situaciones como la que describes suelen tener arreglo. Eso no significa que sea fácil ni que tengas que quedarte; significa que parecen estar presentes las cosas que normalmente hacen posible reparar la relación.
dealbreaker-leaning-mixed = Tus respuestas son mixtas. Algunas cosas apuntan a que reparar la relación es posible y otras apuntan en sentido contrario. Es algo común; justo debajo están las razones de cada lado.

dealbreaker-leaning-mixed-none = Tus respuestas todavía no se inclinan hacia ningún lado. Nada de lo que me contaste apunta claramente a reparar ni a lo contrario; aún hay mucho que no se sabe, y es normal tan al principio.

dealbreaker-leaning-mixed-dealbreaker = Tus respuestas todavía no se inclinan hacia ningún lado. Algo de lo que me contaste apunta a un motivo de ruptura, pero no con la fuerza suficiente para inclinar la lectura, y tampoco hay nada que apunte claramente a reparar. Queda mucho por ver.

dealbreaker-leaning-mixed-workable = Tus respuestas todavía no se inclinan hacia ningún lado. Algunas cosas apuntan a que reparar es posible y nada de lo que me contaste apunta claramente en contra, pero aún no alcanza para decir que tiene arreglo.
dealbreaker-leaning-dealbreaker = Las situaciones como la que describes suelen acercarse a un motivo de ruptura. No es una sentencia; significa que aparecen las señales que normalmente hacen difícil reconstruir la confianza.
dealbreaker-toward-workable =
    Lo que apuntó a que tiene arreglo:
    { $reasons }
dealbreaker-toward-dealbreaker =
    Lo que apuntó a un motivo de ruptura:
    { $reasons }

dealbreaker-factor-owned = • Lo reconoció con honestidad, sin quitarle importancia ni echarte la culpa.
dealbreaker-factor-minimised = • Le restó importancia.
dealbreaker-factor-deflected = • Esquivó la pregunta en lugar de responderla.
dealbreaker-factor-turned-around = • Le dio la vuelta para que el problema fueras tú.
dealbreaker-factor-denied = • Negó lo que estaba a la vista.
dealbreaker-factor-angry = • Se enojó contigo por sacar el tema.
dealbreaker-factor-willing = • Parece querer entender por qué pasó.
dealbreaker-factor-unwilling = • No quiere mirar por qué pasó.
dealbreaker-factor-first-time = • Que tú sepas, es la primera vez.
dealbreaker-factor-changed-before = • Cuando pasó algo parecido antes, las cosas cambiaron.
dealbreaker-factor-pattern = • Ya lo habías hablado antes y nada cambió.
dealbreaker-factor-several = • No fue una sola cosa, sino varias. Cosas pequeñas que por separado parecen menores pueden sumar un patrón.
dealbreaker-factor-open = • No te lo ocultó.
dealbreaker-factor-concealment = • Se ocultó mucho, y ocultar requiere un esfuerzo constante.
dealbreaker-factor-no-affair = • La otra relación no se ha convertido en algo parecido a una pareja.
dealbreaker-factor-affair = • La otra relación ya funciona como una pareja.
dealbreaker-factor-committed = • Percibes compromiso, aunque se haya equivocado en esto.
dealbreaker-factor-not-committed = • Tu impresión sincera es que no se implica del todo en la relación.
dealbreaker-factor-cannot-carry = • No sabes si puedes con esto, y eso cuenta.

dealbreaker-response-matters = Por qué pesa tanto la reacción: lo que alguien hizo casi nunca es toda la historia. Cómo responde cuando se nombra (reconociéndolo, o negando, esquivando o enojándose) anticipa cómo es probable que vayan todas las conversaciones de reparación que vengan después.
dealbreaker-response-unknown = Todavía falta una pieza importante: cómo reacciona tu pareja cuando se lo plantees. Esa reacción suele decir más que el propio comportamiento, así que esta lectura puede cambiar después de esa conversación.

dealbreaker-need-transparency = Dijiste que necesitarías transparencia durante bastante tiempo. Es una necesidad razonable, no exagerada, y si tu pareja quiere reparar lo que pasó, puede ofrecértela.
dealbreaker-need-time = Dijiste que necesitarías tiempo. Un dolor así no sigue un calendario, y no le debes a nadie una recuperación rápida.
dealbreaker-need-distance = Dijiste que necesitarías que el contacto terminara. Es justo decirlo con claridad, y fijarte en cómo lo recibe tu pareja.
dealbreaker-need-support = Dijiste que querrías ayuda de fuera. La terapia de pareja puede ayudar a ver qué había detrás de ese comportamiento; buscarla es señal de tomarse esto en serio, no de fracaso.
dealbreaker-need-unsure = Todavía no sabes qué necesitarías, y está bien. Suele aclararse después de la primera conversación sincera.
dealbreaker-need-cannot = Dijiste que no sabes si puedes con esto. Hay quien descubre que puede reconstruir la relación; hay quien sabe que esto le acompañaría siempre. Las dos respuestas son honestas.

dealbreaker-safety-first = Me contaste que hay miedo o control en esto, así que tu seguridad va primero. Antes de cualquier confrontación o decisión, háblalo con una línea de apoyo (el botón de abajo te las muestra) y piensa cómo mantenerte a salvo. Aquí tienes la lectura, con eso en mente.

dealbreaker-both-valid = Diga lo que diga la lectura, hay dos cosas que siguen siendo ciertas. Si concluyes que la confianza no puede volver después de esto, no estás exagerando: estás viendo con claridad lo que la confianza necesita. Y decidir quedarte y reconstruir es igual de válido. Lo que importa es elegir con honestidad: según lo que puedes sobrellevar y lo que vales.

dealbreaker-where-next = ¿Hacia dónde quieres seguir?
dealbreaker-about-own = Lo describiste con tus palabras: «{ $behaviour }».
dealbreaker-about = Preguntaste por: { $behaviours }.
