## Spectrum check: where one behaviour sits, from clearly within bounds, through the
## gray zone, to clearly objectionable to most partners. Questions speak of "the person
## doing it" and "the partner", so they work for either side.

spectrum-title = ¿Dónde se sitúa este comportamiento?
spectrum-summary = ¿Un comportamiento está bien, en zona gris o fuera de lugar para la mayoría?
spectrum-recap = Estabas a mitad de ver dónde se sitúa un comportamiento.
spectrum-recap-role = Ibas a decir de quién es el comportamiento que estamos mirando.
spectrum-recap-what = Estabas eligiendo el comportamiento que quieres mirar.
spectrum-recap-more = Estabas diciendo si otras cosas pequeñas van con esto.
spectrum-recap-hidden = Lo siguiente era si se le oculta a la pareja.
spectrum-recap-discomfort = Lo siguiente era si mostrarle la conversación a la pareja resultaría incómodo.
spectrum-recap-function = Lo siguiente era si aporta algo que falta en casa.
spectrum-recap-agreement = La última pregunta era si encaja con lo acordado en la pareja.

spectrum-intro =
    Algunas cosas están claramente bien, otras claramente no, y muchas quedan en algún punto intermedio.

    Esta revisión toma un comportamiento y mira dónde se sitúa: claramente dentro de los límites, en la zona gris o claramente inaceptable para la mayoría de las parejas. Tú eliges el comportamiento (y cualquier cosa pequeña que vaya con él), respondes cuatro preguntas cortas y te muestro dónde cae y por qué. Tres cosas pesan más: si se oculta porque a la pareja no le parecería bien, si da algo que falta en casa y si va más allá de lo acordado en la pareja.

    Es una ubicación, no un veredicto. Mucho depende de lo que hayas acordado con tu pareja, y eso lo sabes tú mejor que yo.
spectrum-begin = Empecemos

spectrum-q-role =
    ¿De quién es el comportamiento que estamos mirando?

    Te haré las mismas preguntas en cualquier caso. Hablan de “quien lo hace” y de “la pareja”, así que sirven estés en el lado que estés.
spectrum-role-doing = Mío: soy quien lo hace
spectrum-role-noticing = De mi pareja: lo he notado
spectrum-role-wondering = Ninguno, o prefiero no decirlo

spectrum-q-topic = ¿De qué se trata? Elige el área más cercana y te mostraré algunos ejemplos.
spectrum-topic-attraction = Atracción, coqueteo y atención
spectrum-topic-people = Amistades, trabajo y confidencias
spectrum-topic-exes = Una expareja
spectrum-topic-messages = Mensajes, chats y cuentas

spectrum-q-what = ¿Cuál se acerca más? Si ninguno encaja, elige “Otra cosa” y escríbelo con tus palabras.
spectrum-q-what-other = En una frase, ¿cuál es el comportamiento? Guardaré tus palabras solo hasta que termine esta revisión. También puedes saltarte esto y responder las preguntas pensando en él.

spectrum-behaviour-celebrity = Un amor platónico por alguien famoso
spectrum-behaviour-noticing = Notar el atractivo de otra persona
spectrum-behaviour-attention = Disfrutar de la atención de otras personas
spectrum-behaviour-unmet-friends = Amistades que la pareja no conoce
spectrum-behaviour-ex-friend-open = Una amistad con una expareja, y la pareja lo sabe
spectrum-behaviour-complaining = Desahogarse sobre la relación con alguien con quien hay chispa
spectrum-behaviour-basically-single = Decirle “es complicado” o “prácticamente no tengo pareja” a alguien con quien hay chispa
spectrum-behaviour-uncomfortable-chats = Conversaciones que sería incómodo mostrarle a la pareja

spectrum-q-more = ¿Va acompañado de otras cosas pequeñas? Cada una puede parecer menor por sí sola, pero las cosas pequeñas suman. Si alguna de estas va con ello, elígela.
spectrum-q-more-2 = ¿Algo más? Elige otra, o “Eso es todo”.
spectrum-more-none = Solo esto
spectrum-more-done = Eso es todo
spectrum-q-hidden = Primero: ¿la pareja lo sabe?
spectrum-hidden-open = Sí, la pareja lo sabe
spectrum-hidden-private = Es privado, pero no se oculta nada
spectrum-hidden-partly = Sabe una parte, no cuánto
spectrum-hidden-hidden = No, se le oculta a propósito
spectrum-hidden-unsure = No lo sé con certeza

spectrum-q-discomfort = Ahora imagina que la pareja lee esos mensajes o escucha esa conversación, tal cual. ¿Le resultaría incómodo a quien lo hace?
spectrum-discomfort-no = No, podría mostrarse tal cual
spectrum-discomfort-somewhat = Un poco, en algunas partes
spectrum-discomfort-yes = Sí, resultaría incómodo
spectrum-discomfort-nothing = No hay nada así que mostrar
spectrum-discomfort-unsure = No sabría decirlo

spectrum-q-function = ¿Le da a quien lo hace algo romántico o emocional que falta en la relación? Por ejemplo, sentir que gusta a alguien, que alguien le entiende, o la emoción de algo nuevo.
spectrum-function-no = No, no se trata de eso
spectrum-function-some = Quizá un poco
spectrum-function-yes = Sí, parece llenar un vacío
spectrum-function-unsure = No lo sé

spectrum-q-agreement = Última pregunta. ¿Encaja con lo acordado en la pareja, ya sea dicho en voz alta o sobreentendido?
spectrum-agreement-ok = Acordamos que está bien
spectrum-agreement-not = Acordamos que no está bien
spectrum-agreement-never = Nunca lo hemos hablado
spectrum-agreement-unsure = No sé bien qué acordamos

## The placement

spectrum-placement-about = Preguntaste por: { $behaviour }
spectrum-placement-about-own = Preguntaste por esto, con tus palabras: “{ $behaviour }”
spectrum-placement-about-unnamed = Preguntaste por un comportamiento que tienes en mente.
spectrum-placement-with = Junto con: { $behaviours }.

spectrum-level-within = Dónde se sitúa: claramente dentro de los límites. Es una parte normal de la vida, y en una relación sana hay espacio para ello.
spectrum-level-within-agreed = Dónde se sitúa: dentro de los límites en tu relación. Por sí solo estaría en la zona gris, pero está a la vista y en la pareja hay acuerdo en que está bien. Ese acuerdo es lo que cuenta aquí.
spectrum-level-gray = Dónde se sitúa: en la zona gris. Es el terreno intermedio, donde se concentra la mayor parte de las dificultades reales entre parejas. Por sí solo no prueba nada, pero vale la pena hablarlo.
spectrum-level-objectionable = Dónde se sitúa: claramente inaceptable para la mayoría de las parejas. No es un juicio sobre el carácter de nadie ni sobre ninguna relación. Significa que la mayoría de la gente se sentiría herida o engañada si lo descubriera.

spectrum-reasons =
    Qué lo situó ahí:
    { $reasons }

spectrum-base-within = • Por sí solo, es algo normal. Las personas con buenas relaciones siguen teniendo su vida interior y sus propias amistades, y siguen fijándose en otras personas.
spectrum-base-gray = • Por sí solo, queda en el medio. Puede ser inofensivo o no, según cómo se haga y para qué.
spectrum-base-other = • No puedo saber exactamente de qué se trata, así que partí del punto intermedio y dejé que tus respuestas lo movieran.
spectrum-base-objectionable = • Por sí solo, es algo que la mayoría de las parejas no aceptaría, aunque no pase nada físico.

spectrum-about-dating-app = • Un perfil de citas sirve sobre todo para una cosa: mostrar a alguien como disponible. Decir que es solo para subir la autoestima no cambia lo que les dice a los demás.
spectrum-about-hidden-accounts = • Una cuenta oculta o una conversación borrada no se mantienen ocultas solas. Requieren un esfuerzo constante, y ese esfuerzo dice algo.
spectrum-about-coworker = • La cercanía en el trabajo crece con facilidad. Entra en la zona gris cuando empieza a pesar más que la cercanía en casa, o cuando hay una chispa que nadie nombra.
spectrum-about-flirting = • Tratar a la gente con calidez no es lo mismo que coquetear. Una pregunta útil: ¿actuaría igual esa persona si la pareja estuviera justo al lado?

spectrum-reason-open = • La pareja lo sabe. La transparencia cuenta mucho.
spectrum-reason-private = • No se oculta; simplemente no ha salido el tema. No contar cada pensamiento pasajero es normal: tener una vida interior propia no es tener un secreto.
spectrum-reason-partly = • Una parte no se dice. Vale la pena preguntarse qué parte, y por qué esa.
spectrum-reason-hidden = • Se le oculta a la pareja a propósito. Ocultar requiere esfuerzo, y el esfuerzo ya es una señal: casi nadie se esfuerza tanto en esconder lo que cree inofensivo.
spectrum-reason-hidden-unsure = • No sabes si se le oculta a la pareja. Vale la pena averiguarlo preguntando abiertamente, no vigilando.
spectrum-reason-comfortable = • La conversación podría mostrarse tal cual. Suele ser buena señal.
spectrum-reason-somewhat = • Algunas partes resultarían incómodas de mostrar. Vale la pena escuchar esa incomodidad, sin sacar conclusiones precipitadas.
spectrum-reason-uncomfortable = • A quien lo hace le incomodaría que la pareja viera la conversación. Esa incomodidad suele tener un motivo.
spectrum-reason-discomfort-unsure = • No sabes si mostrar la conversación resultaría incómodo. Si eres tú quien lo hace, es una pregunta que solo tú puedes responder con honestidad.
spectrum-reason-function-some = • Puede que llene un pequeño vacío en casa. Por sí solo no cambia su ubicación, pero vale la pena notarlo, con suavidad.
spectrum-reason-function-yes = • Parece dar algo romántico o emocional que falta en casa. Eso no decide nada por sí solo, pero es una de las señales más claras de que algo ha ido más allá de lo normal, y puede apuntar a una necesidad que la relación no ha cubierto.
spectrum-reason-several = • No es algo aislado: otras cosas pequeñas van con ello. Cada una puede parecer menor, pero juntas forman un patrón, y un patrón dice más que cualquiera de ellas por separado.
spectrum-reason-agreed-ok = • Hay un acuerdo en la pareja de que está bien.
spectrum-reason-agreed-not = • Va en contra de algo que se acordó en la pareja. Hagan lo que hagan otras parejas, entre tu pareja y tú lo que cuenta es el acuerdo que hay en tu relación.
spectrum-reason-never-talked = • Nunca se ha hablado. Muchas parejas funcionan con reglas que nunca dijeron en voz alta, y descubren tarde que no eran las mismas reglas.
spectrum-reason-agreement-unsure = • No sabes bien qué se acordó. Es muy común, y una buena razón para tener una conversación tranquila sobre ello.
spectrum-reason-ex-hidden = • Una amistad con una expareja no es un problema en sí. Lo que la cambia es ocultarla: significa que una persona decidió por su cuenta que estaba bien, en lugar de hablarlo.
spectrum-reason-unspoken-hidden = • “Nunca dijimos que no se pudiera” es una excusa muy débil cuando algo se mantiene fuera de la vista. Ocultarlo sugiere que quien lo hace ya intuye que a la pareja le molestaría.

spectrum-own-agreement = Dónde se sitúa: a la mayoría de las parejas esto les parecería inaceptable, pero dices que está a la vista y que hay acuerdo en que está bien. Un acuerdo sincero entre tu pareja y tú cuenta más que lo que elegiría la mayoría. Conviene comprobar de vez en cuando que sigue estando bien para las dos personas.
spectrum-policing-noticing = Si has sentido el impulso de vigilar este tipo de cosas, trátate con suavidad. Ese impulso suele venir de la ansiedad, o a veces de una necesidad de sentir control, más que de algo que tu pareja haya hecho mal de verdad. No te hace peor pareja. Quizá signifique que una preocupación merece su propio cuidado, y decir con calma lo que te inquieta probablemente ayude más que vigilar.
spectrum-three-part =
    Tres señales pesan más a la hora de ver dónde está algo: se oculta porque a la pareja no le parecería bien; da algo romántico o emocional que falta en casa; implica una cercanía que va más allá de lo acordado en la pareja. Cada una que se cumple lo mueve un paso más allá. { $met ->
        [0] En tus respuestas, ninguna de las tres se cumple con claridad.
        [1] En tus respuestas se cumple una de las tres.
        [2] En tus respuestas se cumplen dos de las tres.
       *[3] En tus respuestas se cumplen las tres.
    }
spectrum-agreements-decide = Cada pareja pone sus propias reglas, y de verdad cambian: una amistad con coqueteo está bien para una pareja y es un límite claro para otra. Esto muestra dónde lo pondría la mayoría; en tu caso, lo que decide es lo que se ha acordado en tu relación.

spectrum-placement-more = Si quieres, puedes leer un poco más abajo: por qué pasan estas cosas, si es un síntoma o el problema en sí, y un ciclo en el que caen algunas parejas. O elige a dónde ir ahora.

## The reflections, each one optional

spectrum-read-why = ¿Por qué puede pasar esto?
spectrum-read-symptom = ¿Síntoma o problema en sí?
spectrum-read-cycle = Un ciclo en el que caen algunas parejas
spectrum-why =
    Por qué pasan estas cosas

    Entender por qué no es lo mismo que justificarlo. Ayuda porque el motivo señala lo que de verdad cambiaría las cosas. Algunos motivos comunes; a menudo se da más de uno a la vez:

spectrum-why-more =
    • Querer que alguien se fije en ti. Gustarle a alguien nuevo y sentirse especial atrae mucho, sobre todo cuando esa sensación se ha apagado en casa. No es necesariamente señal de que la relación esté fallando; hay personas que se apoyan en la aprobación de fuera para sentir que valen algo, y todavía no han encontrado una forma más estable de conseguirlo.
    • Dejar una puerta abierta. Alguien con dudas sobre la relación, o con miedo a quedarse sin salida, puede aferrarse a otras conexiones como una especie de reserva. Rara vez es algo planeado. Es más bien una forma de calmar el miedo, y puede convivir con un amor real, que es parte de lo que lo hace tan confuso.
    • Algo que falta en casa. Cuando se ha apagado la cercanía, la sensación de que te comprenden o de ser la persona elegida, una conexión de fuera puede ocupar ese espacio. Eso lo hace comprensible, no aceptable, y señala una conversación que todavía no ha tenido lugar.

spectrum-why-more-2 =
    • Querer algo nuevo. La emoción de la atracción inicial se apaga en las relaciones largas, y echarla de menos es humano. Lo que importa es si se habla abiertamente o se persigue a escondidas.
    • Viejos hábitos. A veces una forma coqueta de escribir, o contactos de antes, simplemente nunca se revisaron después del compromiso. No hay ningún plan detrás; solo no se ha visto lo que eso significa ahora.

spectrum-symptom =
    ¿Síntoma o problema en sí?

    A veces un comportamiento así es señal de otra cosa: una infelicidad que nadie ha nombrado, necesidades que nunca se dijeron en voz alta o dudas sobre la relación que no se han afrontado. Entonces dejar el comportamiento no arregla mucho.

spectrum-symptom-more =
    Los chats se acaban, la distancia en casa sigue, y al poco tiempo otra cosa llena el vacío. El verdadero trabajo está en aquello a lo que apuntaba.

    Otras veces el comportamiento es el problema. No hay nada concreto que vaya mal en casa; la persona simplemente no se ha comprometido del todo con la relación ni con sus reglas. Entonces la conversación es otra, sobre valores y compromiso: qué está de verdad dispuesta a dar esa persona.

    Desde dentro de una relación, estas dos cosas son difíciles de distinguir. La terapia de pareja muchas veces puede ayudar a las dos personas a ver con cuál están lidiando.

spectrum-cycle =
    Un ciclo en el que caen algunas parejas

    Esto no es un diagnóstico sobre ti ni sobre nadie. Es un patrón que algunas parejas reconocen, a veces llamado ciclo ansioso-evitativo, y puede que encaje o no con tu caso.

spectrum-cycle-more =
    A algunas personas la cercanía total les cuesta, y se sienten más seguras con un poco de distancia. Puede que mantengan pequeñas conexiones fuera como colchón, normalmente sin decidirlo. Otras personas están muy atentas a cualquier señal de que las van a dejar, y puede que noten esas conexiones pronto y reaccionen con fuerza.

    Cuando dos personas así forman pareja, se puede formar un bucle. Una mantiene cierta distancia; la otra lo nota y se alarma; cuando se plantea, la primera se pone a la defensiva o se aleja; la segunda presiona más; nada se resuelve, y todo vuelve a empezar.

    Si eres quien lo nota: puede que estés viendo algo real, o puede que la preocupación esté encontrando peligro en cosas normales. Pasan las dos cosas, y desde dentro pueden sentirse exactamente igual. Por eso ayuda comprobarlo con suavidad: preguntando abiertamente, con curiosidad en lugar de acusación, y nunca vigilando. Ver el bucle como lo que es puede ser lo que permita a una pareja salir de él.
